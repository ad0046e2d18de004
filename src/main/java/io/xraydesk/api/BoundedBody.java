package io.xraydesk.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
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

    /** The body is longer than the limit for its kind of answer. */
    public static final class TooLargeException extends IOException {

        private static final long serialVersionUID = 1L;

        private final long limit;

        TooLargeException(long limit) {
            super("the answer is longer than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
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
        private final long declaredLength;
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> body = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Subscriber(long limit, boolean keepFirstBytes, long declaredLength) {
            this.limit = limit;
            this.keepFirstBytes = keepFirstBytes;
            this.declaredLength = declaredLength;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return body;
        }

        @Override
        public void onSubscribe(Flow.Subscription newSubscription) {
            subscription = newSubscription;
            if (!keepFirstBytes && declaredLength > limit) {
                // Said up front: no need to receive a single byte of it.
                stop();
                return;
            }
            newSubscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            if (body.isDone()) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                long room = limit - received.size();
                if (buffer.remaining() > room) {
                    if (keepFirstBytes) {
                        byte[] first = new byte[(int) room];
                        buffer.get(first);
                        received.writeBytes(first);
                    }
                    stop();
                    return;
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                received.writeBytes(bytes);
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
            if (keepFirstBytes) {
                body.complete(received.toByteArray());
            } else {
                body.completeExceptionally(new TooLargeException(limit));
            }
        }
    }
}
