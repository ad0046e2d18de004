package io.xraydesk.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * How often and how long to wait between attempts: capped exponential backoff with full jitter
 * ({@code random(0, min(maxDelay, baseDelay * 2^(n-1)))}), raised to the server's {@code Retry-After}
 * when it gave one — never less than it asked. A {@code Retry-After} longer than {@code
 * maxRetryAfter} is not waited at all: the failure goes to the caller, who can schedule a later try
 * instead of blocking a thread for minutes.
 *
 * <p>Which failures are retried is decided by {@link RetryLoop}; this class only computes delays.
 */
public record RetryPolicy(
        int maxAttempts,
        Duration baseDelay,
        Duration maxDelay,
        Duration maxRetryAfter,
        Sleeper sleeper,
        Clock clock,
        Random random) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
    }

    /** 4 attempts, 0.5 s base, 20 s cap, Retry-After honoured up to 2 minutes. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofMinutes(2),
                Sleeper.system(), Clock.systemUTC(), new Random());
    }

    /** One attempt, no retry. */
    public static RetryPolicy none() {
        return defaults().withMaxAttempts(1);
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, baseDelay, maxDelay, maxRetryAfter, sleeper, clock, random);
    }

    public RetryPolicy withSleeper(Sleeper newSleeper) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxRetryAfter, newSleeper, clock, random);
    }

    public RetryPolicy withClock(Clock newClock) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxRetryAfter, sleeper, newClock, random);
    }

    public RetryPolicy withRandom(Random newRandom) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay, maxRetryAfter, sleeper, clock, newRandom);
    }

    /**
     * The wait before attempt {@code failedAttempts + 1}, or empty when no further attempt should
     * be made (attempts exhausted, or the server asked for a wait beyond {@code maxRetryAfter}).
     */
    public Optional<Duration> delayAfter(int failedAttempts, Optional<Duration> retryAfter) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        if (retryAfter.isPresent() && retryAfter.get().compareTo(maxRetryAfter) > 0) {
            return Optional.empty();
        }
        Duration backoff = jitter(exponentialCeiling(failedAttempts));
        return Optional.of(retryAfter.filter(wait -> wait.compareTo(backoff) > 0).orElse(backoff));
    }

    private Duration exponentialCeiling(int failedAttempts) {
        int doublings = Math.min(failedAttempts - 1, 30);
        long ceilingMillis = baseDelay.toMillis() << doublings;
        return Duration.ofMillis(Math.min(ceilingMillis, maxDelay.toMillis()));
    }

    private Duration jitter(Duration ceiling) {
        return Duration.ofMillis((long) (random.nextDouble() * ceiling.toMillis()));
    }
}
