package io.xraydesk.core.upload;

import java.time.Duration;
import java.util.Optional;

/** The whole batch: bytes done out of bytes to send, current speed, and the time left at that speed. */
public record OverallProgress(long bytesDone, long bytesTotal, double bytesPerSecond, int filesLeft) {

    public static final OverallProgress IDLE = new OverallProgress(0, 0, 0, 0);

    public double fraction() {
        return bytesTotal <= 0 ? 0 : Math.min(1.0, (double) bytesDone / bytesTotal);
    }

    /** Empty while the speed is not known yet (or nothing is left). */
    public Optional<Duration> eta() {
        long left = bytesTotal - bytesDone;
        if (left <= 0 || bytesPerSecond <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((long) (left / bytesPerSecond * 1000)));
    }
}
