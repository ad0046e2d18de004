package io.xraydesk.core.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The pause of every call after a failure: the time the server asked for ({@code Retry-After}), or a
 * backoff doubling from the policy's {@code offlineRetry} to its {@code offlineRetryMax}. A success
 * ends it and resets the backoff. Guarded by the {@link RequestWatcher}'s lock.
 */
final class CallPause {

    private final WatchPolicy policy;
    private final Jitter jitter;
    private Instant until;
    private Duration backoff;

    CallPause(WatchPolicy policy, Jitter jitter) {
        this.policy = policy;
        this.jitter = jitter;
        this.backoff = policy.offlineRetry();
    }

    void succeeded() {
        backoff = policy.offlineRetry();
        until = null;
    }

    /** Pauses for {@code retryAfter} when the server named it, else for the next backoff. */
    void failed(Instant now, Duration retryAfter) {
        Duration wait;
        if (retryAfter != null) {
            wait = retryAfter;
        } else {
            wait = jitter.apply(backoff);
            Duration doubled = backoff.multipliedBy(2);
            backoff = doubled.compareTo(policy.offlineRetryMax()) > 0 ? policy.offlineRetryMax() : doubled;
        }
        until = now.plus(wait);
    }

    /** How long calls must still wait, if at all. */
    Optional<Duration> remaining(Instant now) {
        return until != null && now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }
}
