package io.xraydesk.relay;

import java.time.Duration;

/**
 * The relay's one budget of API calls: at most {@code callsPerSecond}, evenly spaced, whether the call
 * refreshes a request a webhook named or polls one no webhook covered. Spacing rather than bursts:
 * the relay calls for the whole team, and the API's rate limit is undocumented (docs/october-api.md,
 * open question OQ-9). One thread takes from it at a time.
 */
final class CallPacer {

    private final long spacingNanos;
    private long nextSlot = System.nanoTime();

    CallPacer(double callsPerSecond) {
        if (!(callsPerSecond > 0) || Double.isInfinite(callsPerSecond)) {
            throw new IllegalArgumentException("the call budget must be a positive number, was " + callsPerSecond);
        }
        spacingNanos = Math.round(1e9 / callsPerSecond);
    }

    /** Waits for the next call's turn. */
    synchronized void take() throws InterruptedException {
        long now = System.nanoTime();
        long wait = nextSlot - now;
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait).toMillis(), (int) (wait % 1_000_000));
        }
        nextSlot = Math.max(now, nextSlot) + spacingNanos;
    }
}
