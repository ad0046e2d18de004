package io.xraydesk.bench.upload;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;

/**
 * Measures how long the JavaFX thread keeps work waiting: every 10 ms a probe is posted to it, and the
 * longest time between posting and running is the worst stall seen.
 */
final class FxStallProbe implements AutoCloseable {

    private static final long PERIOD_MILLIS = 10;
    /** The goal: no wait over 50 ms. */
    private static final long SLOW_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fx-stall-probe");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong worstNanos = new AtomicLong();
    private final AtomicLong probes = new AtomicLong();
    private final AtomicLong slowProbes = new AtomicLong();

    FxStallProbe() {
        timer.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                long waited = System.nanoTime() - posted;
                worstNanos.accumulateAndGet(waited, Math::max);
                probes.incrementAndGet();
                if (waited > SLOW_NANOS) {
                    slowProbes.incrementAndGet();
                }
            });
        }, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    double worstMillis() {
        return worstNanos.get() / 1e6;
    }

    /** Probes that waited more than 50 ms, out of all probes run. */
    String slowShare() {
        return slowProbes.get() + " of " + probes.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
