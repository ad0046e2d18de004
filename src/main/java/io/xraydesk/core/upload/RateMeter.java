package io.xraydesk.core.upload;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Transfer speed over the last few seconds, from cumulative byte counts. A sliding window rather than
 * an average since the start, so that a pause or a retry shows at once in the speed and the ETA.
 * Thread-safe.
 */
final class RateMeter {

    private static final long WINDOW_NANOS = 3_000_000_000L;

    private record Sample(long nanos, long bytes) {
    }

    private final Deque<Sample> samples = new ArrayDeque<>();

    synchronized void record(long nanos, long cumulativeBytes) {
        if (!samples.isEmpty() && cumulativeBytes < samples.peekLast().bytes()) {
            samples.clear(); // a new attempt started again from byte 0
        }
        samples.addLast(new Sample(nanos, cumulativeBytes));
        while (samples.size() > 2 && nanos - samples.peekFirst().nanos() > WINDOW_NANOS) {
            samples.removeFirst();
        }
    }

    /** Bytes per second over the window; 0 until two samples are apart in time. */
    synchronized double bytesPerSecond() {
        if (samples.size() < 2) {
            return 0;
        }
        Sample first = samples.peekFirst();
        Sample last = samples.peekLast();
        long nanos = last.nanos() - first.nanos();
        return nanos <= 0 ? 0 : (last.bytes() - first.bytes()) * 1e9 / nanos;
    }
}
