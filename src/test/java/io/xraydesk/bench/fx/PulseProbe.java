package io.xraydesk.bench.fx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Watches the JavaFX thread of a running window, pulse by pulse:
 * <ul>
 *   <li><b>pulse duration</b>: from the start of a pulse (its animation step, where an
 *       {@link AnimationTimer} runs first) to the end of the CSS and layout pass of the watched scene
 *       (its post-layout pulse listener): the thread's own work for one frame;</li>
 *   <li><b>stall</b>: the gap between the starts of two pulses. The timer asks for a pulse every
 *       frame, so the thread starts one every 16.7 ms unless it is busy elsewhere (a long hand-over,
 *       a layout of many rows, a wait): a gap is how long the window was frozen;</li>
 *   <li><b>where</b>: a sampler thread looks at the JavaFX thread every {@value #SAMPLE_MILLIS} ms and,
 *       when no pulse has started for {@value #LATE_MILLIS} ms, keeps its stack. A stall is named
 *       by the stack seen most often while it lasted.</li>
 * </ul>
 * Start it on the JavaFX thread ({@link #start}), stop it from any thread ({@link #stop}).
 */
final class PulseProbe {

    /**
     * Each sample stops the JavaFX thread while its stack is walked, and a cold stack is deep: sampled every 2 ms,
     * the first paint of the portfolio benchmark took 1216 ms against 800 ms unsampled; every 20 ms, 832 ms.
     */
    static final long SAMPLE_MILLIS = 20;
    /** Two frames without a pulse: the window visibly hangs from here on. */
    static final long LATE_MILLIS = 33;
    /** Stalls kept with their stacks, the longest first. */
    private static final int KEPT_STALLS = 5;

    private final List<Long> pulseNanos = new ArrayList<>();
    private final List<Long> gapNanos = new ArrayList<>();
    private final ConcurrentLinkedQueue<StackTraceElement[]> lateSamples = new ConcurrentLinkedQueue<>();
    private final List<Stall> stalls = new ArrayList<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fx-pulse-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private Scene scene;
    private Thread fxThread;
    private AnimationTimer timer;
    private final Runnable layoutDone = this::layoutDone;
    private ScheduledFuture<?> sampling;
    /** Written by the JavaFX thread, read by the sampler. */
    private volatile long pulseStart;
    private boolean inPulse;

    /** Begins watching {@code scene}'s pulses; on the JavaFX thread. */
    void start(Scene scene) {
        this.scene = scene;
        fxThread = Thread.currentThread();
        pulseStart = System.nanoTime();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulseStarted();
            }
        };
        timer.start();
        scene.addPostLayoutPulseListener(layoutDone);
        sampling = sampler.scheduleAtFixedRate(this::sample, SAMPLE_MILLIS, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Stops watching; on the JavaFX thread. What was recorded stays readable. */
    void stop() {
        timer.stop();
        scene.removePostLayoutPulseListener(layoutDone);
        sampling.cancel(false);
        sampler.shutdown();
    }

    private void pulseStarted() {
        long now = System.nanoTime();
        long gap = now - pulseStart;
        gapNanos.add(gap);
        if (gap > TimeUnit.MILLISECONDS.toNanos(LATE_MILLIS)) {
            keepStall(gap);
        }
        lateSamples.clear();
        pulseStart = now;
        inPulse = true;
    }

    private void layoutDone() {
        if (inPulse) {
            pulseNanos.add(System.nanoTime() - pulseStart);
            inPulse = false;
        }
    }

    private void sample() {
        if (System.nanoTime() - pulseStart > TimeUnit.MILLISECONDS.toNanos(LATE_MILLIS)) {
            lateSamples.add(fxThread.getStackTrace());
        }
    }

    private void keepStall(long gap) {
        List<StackTraceElement[]> samples = new ArrayList<>(lateSamples);
        stalls.add(new Stall(gap / 1e6, samples.size(), StallName.of(samples)));
        stalls.sort(Comparator.comparingDouble(Stall::millis).reversed());
        if (stalls.size() > KEPT_STALLS) {
            stalls.remove(stalls.size() - 1);
        }
    }

    /** The longest gap between two pulses, in milliseconds. */
    double maxStallMillis() {
        return gapNanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }

    /** The {@code percentile} (0-100) of pulse durations, in milliseconds. */
    double pulsePercentileMillis(double percentile) {
        List<Long> sorted = pulseNanos.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    int pulses() {
        return pulseNanos.size();
    }

    /** The longest stalls, longest first, each with the stack the thread was seen in most. */
    List<Stall> worstStalls() {
        return List.copyOf(stalls);
    }

    /** One gap between pulses longer than {@link #LATE_MILLIS}, and where the thread was meanwhile. */
    record Stall(double millis, int samples, String where) {
    }
}
