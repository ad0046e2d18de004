package io.xraydesk.bench.upload;

import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.concurrent.UiExecutor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * What the JavaFX thread does while a scene follows the queue:
 * <ul>
 *   <li><b>pulses</b>: the CSS and layout pass of every pulse of the scene, timed by its pre- and
 *       post-layout pulse listeners, both in elapsed time and in CPU time of the JavaFX thread: the
 *       CPU time is the work the panel gives the thread; the elapsed time also holds the moments the
 *       thread waited for a processor, busy with uploads and hashing on a small machine;</li>
 *   <li><b>hand-overs</b>: each delivery of queue news to the panel ({@link #executor()});</li>
 *   <li><b>latency</b>: every 10 ms a probe is posted to the thread, and the longest wait from posting to
 *       running is recorded — what a click would feel. It is compared with a reference measured in the
 *       same run under upload load but without the panel's work.</li>
 * </ul>
 * Elapsed and CPU times are both kept as the worst of their kind; recording only while {@link #record} runs.
 */
final class FxThreadProbe {

    private static final long PERIOD_MILLIS = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final AtomicLong worstHandOverNanos = new AtomicLong();
    private final AtomicLong worstPulseNanos = new AtomicLong();
    private final AtomicLong worstPulseCpuNanos = new AtomicLong();
    private final AtomicLong handOvers = new AtomicLong();
    private final AtomicLong pulses = new AtomicLong();
    private long pulseStart;
    private long pulseCpuStart;
    private volatile boolean recording;
    /** Counted down at the end of the next pulse after {@link #pulseAfter}'s change. */
    private volatile CountDownLatch pulseDone = new CountDownLatch(0);
    private volatile Pulse lastPulse;

    /** Wraps the panel's hand-overs so each one's duration on the JavaFX thread is recorded. */
    UiExecutor executor() {
        FxUiExecutor fx = new FxUiExecutor();
        return action -> fx.execute(() -> {
            long start = System.nanoTime();
            action.run();
            if (recording) {
                worstHandOverNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
                handOvers.incrementAndGet();
            }
        });
    }

    /** Times the CSS and layout pass of every pulse of {@code scene}; call on the JavaFX thread. */
    void watch(Scene scene) {
        scene.addPreLayoutPulseListener(() -> {
            pulseStart = System.nanoTime();
            pulseCpuStart = THREADS.getCurrentThreadCpuTime();
        });
        scene.addPostLayoutPulseListener(() -> {
            long elapsed = System.nanoTime() - pulseStart;
            long cpu = THREADS.getCurrentThreadCpuTime() - pulseCpuStart;
            if (recording) {
                worstPulseNanos.accumulateAndGet(elapsed, Math::max);
                worstPulseCpuNanos.accumulateAndGet(cpu, Math::max);
                pulses.incrementAndGet();
            }
            lastPulse = new Pulse(elapsed / 1e6, cpu / 1e6);
            pulseDone.countDown();
        });
    }

    /**
     * Makes {@code change} on the JavaFX thread and waits for the CSS and layout pass that follows it
     * in the watched scene: what the change cost the thread, e.g. a panel being shown.
     */
    Pulse pulseAfter(Runnable change) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            change.run();
            pulseDone = done; // set on the JavaFX thread: the next pulse is the one after the change
            Platform.requestNextPulse();
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no pulse after the change");
        }
        return lastPulse;
    }

    /** Records pulses and hand-overs while {@code work} runs and returns the latency seen meanwhile. */
    Latency record(Work work) throws Exception {
        recording = true;
        try {
            return latencyDuring(work);
        } finally {
            recording = false;
        }
    }

    /** The latency probe alone, for the reference run. */
    static Latency latencyDuring(Work work) throws Exception {
        AtomicLong worst = new AtomicLong();
        AtomicLong probes = new AtomicLong();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fx-latency-probe");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            Platform.runLater(() -> {
                worst.accumulateAndGet(System.nanoTime() - posted, Math::max);
                probes.incrementAndGet();
            });
        }, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
        try {
            work.run();
        } finally {
            timer.shutdownNow();
        }
        return new Latency(worst.get() / 1e6, probes.get());
    }

    /** Forgets what was recorded so far, to measure other conditions apart. */
    void reset() {
        for (AtomicLong figure : List.of(worstHandOverNanos, worstPulseNanos, worstPulseCpuNanos, handOvers, pulses)) {
            figure.set(0);
        }
    }

    /** The longest CPU time the JavaFX thread spent in one piece of the panel's work. */
    double worstBusyCpuMillis() {
        return worstPulseCpuNanos.get() / 1e6;
    }

    double worstPulseMillis() {
        return worstPulseNanos.get() / 1e6;
    }

    double worstHandOverMillis() {
        return worstHandOverNanos.get() / 1e6;
    }

    long handOvers() {
        return handOvers.get();
    }

    long pulses() {
        return pulses.get();
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    record Latency(double worstMillis, long probes) {
    }

    /** One CSS and layout pass: elapsed time and CPU time of the JavaFX thread. */
    record Pulse(double elapsedMillis, double cpuMillis) {
    }
}
