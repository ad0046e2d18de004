package io.xraydesk.sandbox;

import java.time.Duration;
import java.time.Instant;

/**
 * Sandbox time: it starts at the real time of start-up and runs {@code speed} times faster, plus
 * whatever {@code POST /_sandbox/advance} added. Report timings are expressed in sandbox time.
 */
final class SandboxClock {

    private final Instant origin = Instant.now();
    private final long originNanos = System.nanoTime();
    private final double speed;
    private volatile long jumpedMillis;

    SandboxClock(double speed) {
        this.speed = speed;
    }

    Instant now() {
        long elapsedMillis = (long) ((System.nanoTime() - originNanos) / 1_000_000.0 * speed);
        return origin.plusMillis(elapsedMillis + jumpedMillis);
    }

    synchronized void advance(Duration d) {
        jumpedMillis += d.toMillis();
    }
}
