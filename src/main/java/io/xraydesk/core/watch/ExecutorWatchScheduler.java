package io.xraydesk.core.watch;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The production {@link WatchScheduler}: one daemon thread, so the watcher's calls never overlap and
 * a forgotten watcher never keeps the application alive.
 */
public final class ExecutorWatchScheduler implements WatchScheduler, AutoCloseable {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "xraydesk-watcher");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public Scheduled schedule(Runnable task, Duration delay) {
        var future = executor.schedule(task, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
