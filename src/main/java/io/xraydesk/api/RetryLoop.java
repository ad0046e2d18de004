package io.xraydesk.api;

import java.time.Duration;
import java.util.Optional;

/**
 * Runs a call under a {@link RetryPolicy}. Idempotent calls (GETs, S3 uploads) are repeated after
 * network failures, 429 and 5xx. Non-idempotent calls (POSTs) are repeated only when the server
 * said it did not process them — 429, or 503 with {@code Retry-After} — or when the failure happened
 * before any byte was sent (a plain {@link NetworkException}; once bytes may have left, the attempt
 * throws {@link OutcomeUnknownException} instead, which is never retried).
 */
final class RetryLoop {

    /**
     * One attempt; {@code attempt} counts from 1, and {@code budget} is what is left of the call's
     * deadline: the attempt must end within it.
     */
    @FunctionalInterface
    interface Attempt<T> {
        T run(int attempt, Duration budget);
    }

    private RetryLoop() {
    }

    /**
     * Runs attempts until one succeeds, a failure is not worth repeating, the attempts are exhausted,
     * or {@code deadline} would be passed. The deadline covers the attempts and the back-off between
     * them, so a server that drips its answer cannot stretch a call; a wait the server asked for with
     * {@code Retry-After} (capped by {@link RetryPolicy#maxRetryAfter()}) is the server's explicit
     * word and is added to it.
     */
    static <T> T run(RetryPolicy policy, boolean idempotent, Duration deadline, Attempt<T> attempt) {
        long end = System.nanoTime() + deadline.toNanos();
        for (int number = 1; ; number++) {
            try {
                return attempt.run(number, Duration.ofNanos(Math.max(0, end - System.nanoTime())));
            } catch (OctoberException failure) {
                Optional<Duration> asked = retryAfterOf(failure);
                Optional<Duration> wait = isRetryable(failure, idempotent)
                        ? policy.delayAfter(number, asked)
                        : Optional.empty();
                if (wait.isEmpty()) {
                    throw failure;
                }
                if (asked.isPresent()) {
                    end += wait.get().toNanos();
                } else if (wait.get().toNanos() >= end - System.nanoTime()) {
                    throw abandoned(failure, number, deadline);
                }
                sleep(policy, wait.get(), failure);
            }
        }
    }

    /**
     * The failure that ended the call at its deadline. A network failure says that the call was given
     * up and after how long, so "did not answer in time" is not read as one slow attempt; an answer
     * from the server is passed on as it is.
     */
    private static OctoberException abandoned(OctoberException failure, int attempts, Duration deadline) {
        if (!(failure instanceof NetworkException network)) {
            return failure;
        }
        String detail = network.detail() + "; gave up after " + attempts + (attempts == 1 ? " attempt" : " attempts")
                + ", a call being limited to " + seconds(deadline);
        return new NetworkException(detail, network.kind(), network.host(), network.method(), network.path(), failure);
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static boolean isRetryable(OctoberException failure, boolean idempotent) {
        if (failure instanceof OutcomeUnknownException || failure instanceof CancelledException) {
            return false;
        }
        if (failure instanceof NetworkException || failure instanceof RateLimitedException) {
            return true;
        }
        if (failure instanceof ServerException server) {
            return idempotent || (server.status() == 503 && server.retryAfter().isPresent());
        }
        return false;
    }

    private static Optional<Duration> retryAfterOf(OctoberException failure) {
        return failure instanceof RetryLaterException later ? later.retryAfter() : Optional.empty();
    }

    private static void sleep(RetryPolicy policy, Duration wait, OctoberException failure) {
        try {
            policy.sleeper().sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CancelledException(failure.method(), failure.path());
        }
    }
}
