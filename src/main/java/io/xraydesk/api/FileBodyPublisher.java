package io.xraydesk.api;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams {@code head + file + tail} from disk with a known length: the file is read one chunk per
 * unit of demand, so memory stays at one chunk per outstanding request whatever the file size.
 * Each subscription opens the file afresh (a retried attempt starts from its beginning). Checks the
 * cancellation between chunks; {@link #closeAll()} closes every file still open.
 *
 * <p>The file's bytes are digested (SHA-256) as they are handed over, so the caller learns the
 * fingerprint of exactly what was sent without reading the file a second time: {@link #sentSha256()}.
 */
final class FileBodyPublisher implements HttpRequest.BodyPublisher {

    static final int CHUNK_SIZE = 64 * 1024;

    private final String contentType;
    private final byte[] head;
    private final Path file;
    private final long fileSize;
    private final byte[] tail;
    private final UploadProgressListener progress;
    private final UploadCancellation cancellation;
    private final Set<FileChannel> open = ConcurrentHashMap.newKeySet();
    /** SHA-256 (hex) of the file bytes of the last subscription that handed over the whole body. */
    private volatile String sentSha256;

    FileBodyPublisher(String contentType, byte[] head, Path file, long fileSize, byte[] tail,
            UploadProgressListener progress, UploadCancellation cancellation) {
        this.contentType = contentType;
        this.head = head;
        this.file = file;
        this.fileSize = fileSize;
        this.tail = tail;
        this.progress = progress;
        this.cancellation = cancellation;
    }

    /** The {@code Content-Type} header that goes with this body. */
    String contentType() {
        return contentType;
    }

    @Override
    public long contentLength() {
        return head.length + fileSize + tail.length;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException unreadable) {
            subscriber.onSubscribe(new Chunks(subscriber, null));
            subscriber.onError(unreadable);
            return;
        }
        open.add(channel);
        subscriber.onSubscribe(new Chunks(subscriber, channel));
    }

    /**
     * The SHA-256 (lower-case hex) of the file bytes the last complete subscription sent; empty when no
     * subscription reached the end of the body.
     */
    Optional<String> sentSha256() {
        return Optional.ofNullable(sentSha256);
    }

    void closeAll() {
        for (FileChannel channel : open) {
            close(channel);
        }
    }

    private void close(FileChannel channel) {
        if (channel != null) {
            open.remove(channel);
            try {
                channel.close();
            } catch (IOException ignored) {
                // Read-only channel: nothing was lost by a failed close.
            }
        }
    }

    /** Reactive-streams subscription with a drain loop, safe against re-entrant {@code request}. */
    private final class Chunks implements Flow.Subscription {

        private final Flow.Subscriber<? super ByteBuffer> subscriber;
        private final FileChannel channel;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger work = new AtomicInteger();
        private final MessageDigest digest = Sha256.newDigest();
        private volatile boolean done;
        private boolean headSent;
        private boolean tailSent;
        private long fileBytesSent;

        Chunks(Flow.Subscriber<? super ByteBuffer> subscriber, FileChannel channel) {
            this.subscriber = subscriber;
            this.channel = channel;
            this.done = channel == null;
        }

        @Override
        public void request(long n) {
            if (done) {
                return;
            }
            if (n <= 0) {
                fail(new IllegalArgumentException("non-positive demand " + n));
                return;
            }
            demand.getAndAccumulate(n, (current, more) -> current + more < 0 ? Long.MAX_VALUE : current + more);
            drain();
        }

        @Override
        public void cancel() {
            done = true;
            close(channel);
        }

        private void drain() {
            if (work.getAndIncrement() != 0) {
                return;
            }
            do {
                while (!done && demand.get() > 0) {
                    if (cancellation.isCancelled()) {
                        fail(new IOException("upload cancelled"));
                        return;
                    }
                    ByteBuffer next;
                    try {
                        next = nextBuffer();
                    } catch (IOException failure) {
                        fail(failure);
                        return;
                    }
                    if (next == null) {
                        done = true;
                        close(channel);
                        sentSha256 = HexFormat.of().formatHex(digest.digest());
                        subscriber.onComplete();
                        return;
                    }
                    demand.decrementAndGet();
                    subscriber.onNext(next);
                }
            } while (work.decrementAndGet() != 0);
        }

        /** The next piece: the head, then file chunks, then the tail, then null. Empty pieces are skipped. */
        private ByteBuffer nextBuffer() throws IOException {
            if (!headSent) {
                headSent = true;
                if (head.length > 0) {
                    return ByteBuffer.wrap(head);
                }
            }
            if (fileBytesSent < fileSize) {
                ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(CHUNK_SIZE, fileSize - fileBytesSent));
                while (chunk.hasRemaining()) {
                    if (channel.read(chunk, fileBytesSent + chunk.position()) < 0) {
                        throw new IOException(file.getFileName() + " became shorter while it was being sent");
                    }
                }
                fileBytesSent += chunk.flip().remaining();
                digest.update(chunk.duplicate());
                progress.onProgress(fileBytesSent, fileSize);
                return chunk;
            }
            if (!tailSent) {
                tailSent = true;
                if (tail.length > 0) {
                    return ByteBuffer.wrap(tail);
                }
            }
            return null;
        }

        private void fail(Throwable failure) {
            done = true;
            close(channel);
            subscriber.onError(failure);
        }
    }
}
