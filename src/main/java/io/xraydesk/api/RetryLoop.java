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

    /** One attempt; {@code attempt} counts from 1. */
    @FunctionalInterface
    interface Attempt<T> {
        T run(int attempt);
    }

    private RetryLoop() {
    }

    static <T> T run(RetryPolicy policy, boolean idempotent, Attempt<T> attempt) {
        for (int number = 1; ; number++) {
            try {
                return attempt.run(number);
            } catch (OctoberException failure) {
                Optional<Duration> wait = isRetryable(failure, idempotent)
                        ? policy.delayAfter(number, retryAfterOf(failure))
                        : Optional.empty();
                if (wait.isEmpty()) {
                    throw failure;
                }
                sleep(policy, wait.get(), failure);
            }
        }
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
