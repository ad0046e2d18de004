package io.xraydesk.bench.fx;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * Where the JavaFX thread's time goes while a screen gets to its first frame: each step (a mark named by the
 * caller, a pulse's start, the end of its CSS and layout pass) with its wall time since the start, the CPU time
 * since the start of the JavaFX thread and of Prism's render thread (a pulse first waits for the previous frame
 * to be drawn), and the classes the JVM loaded since the start. CPU times beside the wall time: on a shared machine
 * a thread's wall time is also its wait for a core. Call everything on the JavaFX thread.
 */
final class FxSteps {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    private final List<Step> steps = new ArrayList<>();
    private final Runnable layoutDone = () -> mark("laid out");
    private long startNanos;
    private long startCpu;
    /** Prism's render thread, which draws each frame after the FX thread laid it out; null if not found. */
    private Thread renderer;
    private long startRenderCpu;
    private long startClasses;
    private Scene scene;
    private AnimationTimer timer;

    /** Counts from {@code origin} ({@link System#nanoTime}), and notes every pulse of {@code watched} until {@link #stop}. */
    void start(Scene watched, long origin) {
        scene = watched;
        startNanos = origin;
        startCpu = threads.getCurrentThreadCpuTime();
        startClasses = classes.getTotalLoadedClassCount();
        renderer = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
        startRenderCpu = renderCpu();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                mark("pulse");
            }
        };
        timer.start();
        scene.addPostLayoutPulseListener(layoutDone);
    }

    void mark(String what) {
        steps.add(new Step(what, (System.nanoTime() - startNanos) / 1e6,
                (threads.getCurrentThreadCpuTime() - startCpu) / 1e6, (renderCpu() - startRenderCpu) / 1e6,
                classes.getTotalLoadedClassCount() - startClasses));
    }

    private long renderCpu() {
        return renderer == null ? 0 : Math.max(0, threads.getThreadCpuTime(renderer.getId()));
    }

    void stop() {
        timer.stop();
        scene.removePostLayoutPulseListener(layoutDone);
    }

    /**
     * The steps up to {@code lastMillis} as "what wall/FX CPU/render CPU ms +classes"; a pulse whose CSS and layout
     * took under a millisecond of CPU is left out with its end.
     */
    String describeUntil(double lastMillis) {
        List<Step> until = steps.stream().filter(step -> step.wall() <= lastMillis).toList();
        List<Step> kept = new ArrayList<>();
        for (int i = 0; i < until.size(); i++) {
            Step step = until.get(i);
            Step next = i + 1 < until.size() ? until.get(i + 1) : null;
            boolean idlePulse = step.what().equals("pulse") && next != null && next.what().equals("laid out")
                    && next.cpu() - step.cpu() < 1;
            if (idlePulse) {
                i++;
            } else {
                kept.add(step);
            }
        }
        return kept.stream().map(step -> String.format(Locale.ROOT, "%s %.0f/%.0f/%.0f ms +%d", step.what(),
                step.wall(), step.cpu(), step.renderCpu(), step.classes())).collect(Collectors.joining(", "));
    }

    private record Step(String what, double wall, double cpu, double renderCpu, long classes) {
    }
}
