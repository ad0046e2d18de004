package io.xraydesk.core.watch;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link RequestWatcher} paces itself. The API documents no rate limit (docs/october-api.md, open question
 * OQ-9) and no push besides webhooks, so these are our choices, kept in this one record:
 *
 * @param fastInterval       right after a create, an upload, a webhook or a change
 * @param maxInterval        the slowest pace of a request still being analysed (doubling from fast)
 * @param completeInterval   pace of a request whose five X-Rays are all present, once it is quiet
 * @param callsPerSecond     global budget of HTTP calls, whatever the number of watched requests
 * @param jitter             each delay is drawn in {@code interval × [1 − jitter, 1 + jitter]}, so
 *                           requests watched together do not poll in lockstep
 * @param offlineRetry       first wait after a network failure (doubling up to {@code offlineRetryMax})
 * @param offlineRetryMax    longest wait between two tries while offline
 * @param requestRefreshEvery the request itself is re-read every n-th poll even when no report
 *                           changed: reports are what analysts wait for, and the status follows them
 * @param heartbeat          while a report is known to be coming, never longer than this without a
 *                           call: the request due soonest is polled early, so a lost connection is
 *                           seen within seconds, not at the next quiet poll minutes later; zero turns
 *                           it off
 */
public record WatchPolicy(
        Duration fastInterval,
        Duration maxInterval,
        Duration completeInterval,
        double callsPerSecond,
        double jitter,
        Duration offlineRetry,
        Duration offlineRetryMax,
        int requestRefreshEvery,
        Duration heartbeat) {

    public WatchPolicy {
        // The checks below read fastInterval, maxInterval and heartbeat, so they fail on those too.
        Objects.requireNonNull(completeInterval, "completeInterval");
        Objects.requireNonNull(offlineRetry, "offlineRetry");
        Objects.requireNonNull(offlineRetryMax, "offlineRetryMax");
        if (fastInterval.isNegative() || fastInterval.isZero() || maxInterval.compareTo(fastInterval) < 0) {
            throw new IllegalArgumentException("intervals must be positive with max ≥ fast");
        }
        if (!(callsPerSecond > 0)) {
            throw new IllegalArgumentException("callsPerSecond must be positive");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1)");
        }
        if (requestRefreshEvery < 1) {
            throw new IllegalArgumentException("requestRefreshEvery must be at least 1");
        }
        if (heartbeat.isNegative()) {
            throw new IllegalArgumentException("heartbeat must not be negative");
        }
    }

    /**
     * 5 s fast, up to 2 min, 15 min once complete, 2 calls per second, ±10 % jitter, a call at least
     * every 4 s while a report is known to be coming (so the connection state can turn offline within
     * ten seconds, see {@code ConnectionMonitor}).
     */
    public static WatchPolicy defaults() {
        return new WatchPolicy(Duration.ofSeconds(5), Duration.ofMinutes(2), Duration.ofMinutes(15), 2.0, 0.1,
                Duration.ofSeconds(5), Duration.ofMinutes(1), 4, Duration.ofSeconds(4));
    }

    public boolean hasHeartbeat() {
        return !heartbeat.isZero();
    }

    public WatchPolicy withHeartbeat(Duration value) {
        return new WatchPolicy(fastInterval, maxInterval, completeInterval, callsPerSecond, jitter, offlineRetry,
                offlineRetryMax, requestRefreshEvery, value);
    }

    public WatchPolicy withCallsPerSecond(double value) {
        return new WatchPolicy(fastInterval, maxInterval, completeInterval, value, jitter, offlineRetry,
                offlineRetryMax, requestRefreshEvery, heartbeat);
    }

    public WatchPolicy withJitter(double value) {
        return new WatchPolicy(fastInterval, maxInterval, completeInterval, callsPerSecond, value, offlineRetry,
                offlineRetryMax, requestRefreshEvery, heartbeat);
    }
}
