package io.xraydesk.core.watch;

import java.time.Duration;
import java.time.Instant;

/**
 * The global budget of HTTP calls: {@code ratePerSecond} tokens refill every second, at most {@code
 * ratePerSecond} are kept (so an idle minute never buys a burst above one second's worth). Each call
 * takes one token, whatever the number of watched requests. Not thread-safe: the watcher guards it.
 */
final class TokenBucket {

    private double ratePerSecond;
    private double capacity;
    private double tokens;
    private Instant refilledAt;

    TokenBucket(double ratePerSecond, Instant now) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("the call budget must be positive, was " + ratePerSecond);
        }
        this.ratePerSecond = ratePerSecond;
        this.capacity = Math.max(1, ratePerSecond);
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /**
     * Refills at {@code ratePerSecond} from now on (a team's desktops share one budget, and their number
     * changes); tokens already earned are kept up to the new capacity.
     */
    void setRate(double ratePerSecond, Instant now) {
        if (!(ratePerSecond > 0)) {
            throw new IllegalArgumentException("the call budget must be positive, was " + ratePerSecond);
        }
        if (ratePerSecond != this.ratePerSecond) {
            refill(now);
            this.ratePerSecond = ratePerSecond;
            this.capacity = Math.max(1, ratePerSecond);
            tokens = Math.min(tokens, capacity);
        }
    }

    /** Takes one token if there is one. */
    boolean tryTake(Instant now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** How long until a token is available (zero when one is). */
    Duration waitTime(Instant now) {
        refill(now);
        if (tokens >= 1) {
            return Duration.ZERO;
        }
        double missingSeconds = (1 - tokens) / ratePerSecond;
        return Duration.ofNanos((long) Math.ceil(missingSeconds * 1_000_000_000L));
    }

    private void refill(Instant now) {
        if (now.isAfter(refilledAt)) {
            double elapsed = Duration.between(refilledAt, now).toNanos() / 1e9;
            tokens = Math.min(capacity, tokens + elapsed * ratePerSecond);
            refilledAt = now;
        }
    }
}
