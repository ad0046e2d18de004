package io.xraydesk.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Receives an answer's body into a buffer that never grows past a limit. A server that sends two
 * gigabytes, or an endless chunked stream, would otherwise be read whole into memory until the
 * application dies. Past the limit the subscription is cancelled (the connection is dropped) and
 * either the call fails with {@link TooLargeException}, or, for error answers, whose text is only
 * shown cut anyway, the first bytes are kept.
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * How much of a refused body is kept: enough for the opening of a resource, where a create's
     * answer names the id of what was created.
     */
    static final int START_KEPT = 4096;

    /** The body is longer than the limit for its kind of answer. */
    public static final class TooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        private final long limit;
        private final byte[] start;

        TooLargeException(long limit, byte[] start) {
            super("the answer is longer than " + limit + " bytes");
            this.limit = limit;
            this.start = start.clone();
        }

        public long limit() {
            return limit;
        }

        /** The first bytes received, at most {@link BoundedBody#START_KEPT}. */
        public byte[] start() {
            return start.clone();
        }
    }

    /**
     * A successful (2xx) body longer than {@code successLimit} fails the call; any other body is cut
     * to its first {@code errorLimit} bytes.
     */
    public static HttpResponse.BodyHandler<byte[]> handler(long successLimit, long errorLimit) {
        return info -> {
            boolean success = info.statusCode() >= 200 && info.statusCode() <= 299;
            long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            return success
                    ? new Subscriber(successLimit, false, declared)
                    : new Subscriber(errorLimit, true, declared);
        };
    }

    /** Every body, whatever its status, cut to its first {@code limit} bytes. */
    public static HttpResponse.BodyHandler<byte[]> cut(long limit) {
        return info -> new Subscriber(limit, true, -1);
    }

    private static final class Subscriber implements BodySubscriber<byte[]> {

        private final long limit;
        private final boolean keepFirstBytes;
        /** Bytes taken before giving up: the limit, or only the opening of a body said up front to be too long. */
        private final long readUpTo;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Subscriber(long limit, boolean keepFirstBytes, long declaredLength) {
            this.limit = limit;
            this.keepFirstBytes = keepFirstBytes;
            // Said up front to be too long: only its opening is read, where a create's answer names
            // the id of what it created.
            this.readUpTo = !keepFirstBytes && declaredLength > limit ? Math.min(limit, START_KEPT) : limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription newSubscription) {
            subscription = newSubscription;
            newSubscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                long room = readUpTo - received.size();
                boolean overflows = buffer.remaining() > room;
                byte[] bytes = new byte[overflows ? (int) room : buffer.remaining()];
                buffer.get(bytes);
                received.writeBytes(bytes);
                if (overflows) {
                    stop();
                    return;
                }
            }
        }

        @Override
        public void onError(Throwable failure) {
            body.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            body.complete(received.toByteArray());
        }

        private void stop() {
            subscription.cancel();
            byte[] first = received.toByteArray();
            if (keepFirstBytes) {
                body.complete(first);
            } else {
                body.completeExceptionally(new TooLargeException(limit,
                        Arrays.copyOf(first, Math.min(first.length, START_KEPT))));
            }
        }
    }
}
