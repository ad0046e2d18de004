package io.xraydesk.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming body honours demand exactly: one bounded chunk per request, never a read-ahead. */
class FileBodyPublisherTest {

    @TempDir
    Path dir;

    /** Collects what it receives and requests nothing by itself. */
    static final class ManualSubscriber implements Flow.Subscriber<ByteBuffer> {
        Flow.Subscription subscription;
        final List<ByteBuffer> received = new ArrayList<>();
        Throwable error;
        boolean complete;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
        }

        @Override
        public void onNext(ByteBuffer item) {
            received.add(item);
        }

        @Override
        public void onError(Throwable throwable) {
            error = throwable;
        }

        @Override
        public void onComplete() {
            complete = true;
        }
    }

    @Test
    void deliversOneChunkPerUnitOfDemandAndNothingMore() throws Exception {
        byte[] content = new byte[3 * FileBodyPublisher.CHUNK_SIZE + 17];
        new Random(3).nextBytes(content);
        Path file = Files.write(dir.resolve("f.bin"), content);
        byte[] head = "HEAD".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "TAIL".getBytes(StandardCharsets.US_ASCII);
        List<Long> progress = new ArrayList<>();
        FileBodyPublisher publisher = new FileBodyPublisher("application/octet-stream", head, file, content.length, tail,
                (sent, total) -> progress.add(sent), new UploadCancellation());
        assertEquals(8 + content.length, publisher.contentLength());

        ManualSubscriber subscriber = new ManualSubscriber();
        publisher.subscribe(subscriber);
        assertNotNull(subscriber.subscription);
        assertEquals(0, subscriber.received.size(), "nothing is read before it is asked for");
        int expected = 0;
        while (!subscriber.complete) {
            subscriber.subscription.request(1);
            if (!subscriber.complete) {
                expected++;
            }
            assertEquals(expected, subscriber.received.size(), "exactly one buffer per unit of demand");
            assertTrue(subscriber.received.get(subscriber.received.size() - 1).remaining()
                    <= FileBodyPublisher.CHUNK_SIZE);
        }
        assertEquals(6, subscriber.received.size(), "head, four file chunks, tail");
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        subscriber.received.forEach(buffer -> all.write(buffer.array(), buffer.arrayOffset() + buffer.position(),
                buffer.remaining()));
        ByteArrayOutputStream expectedBody = new ByteArrayOutputStream();
        expectedBody.write(head);
        expectedBody.write(content);
        expectedBody.write(tail);
        assertArrayEquals(expectedBody.toByteArray(), all.toByteArray());
        assertEquals(List.of(65536L, 131072L, 196608L, (long) content.length), progress);
    }

    @Test
    void aCancelledTokenEndsTheStreamWithAnError() throws Exception {
        Path file = Files.write(dir.resolve("f.bin"), new byte[200_000]);
        UploadCancellation cancellation = new UploadCancellation();
        FileBodyPublisher publisher = new FileBodyPublisher("application/octet-stream", new byte[0], file, 200_000, new byte[0],
                UploadProgressListener.none(), cancellation);
        ManualSubscriber subscriber = new ManualSubscriber();
        publisher.subscribe(subscriber);
        subscriber.subscription.request(1);
        cancellation.cancel();
        subscriber.subscription.request(5);
        assertEquals(1, subscriber.received.size());
        assertNotNull(subscriber.error);
    }

    @Test
    void aFileThatShrinksWhileSendingIsAnError() throws Exception {
        Path file = Files.write(dir.resolve("f.bin"), new byte[10]);
        FileBodyPublisher publisher = new FileBodyPublisher("application/octet-stream", new byte[0], file, 100, new byte[0],
                UploadProgressListener.none(), new UploadCancellation());
        ManualSubscriber subscriber = new ManualSubscriber();
        publisher.subscribe(subscriber);
        subscriber.subscription.request(Long.MAX_VALUE);
        assertTrue(subscriber.error.getMessage().contains("shorter"), subscriber.error.getMessage());
    }
}
