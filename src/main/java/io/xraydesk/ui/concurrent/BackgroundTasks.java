package io.xraydesk.ui.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs slow work (network, disk, keychain, processes) on a small pool of named daemon threads, never
 * on the UI thread, and hands results, failures and progress back through the {@link UiExecutor}.
 * Every long action of a screen goes through here:
 *
 * <pre>{@code
 * tasks.task("load requests", progress -> client.listRequests())
 *      .onSuccess(model::show)
 *      .onFailure(dialogs::error)
 *      .trackedBy(screenActivity)
 *      .start();
 * }</pre>
 */
public final class BackgroundTasks implements AutoCloseable {

    /** Work here waits on I/O, not on the CPU: a few threads keep the UI responsive on 2 cores. */
    public static final int DEFAULT_WORKERS = 4;

    private static final Logger LOG = Logger.getLogger(BackgroundTasks.class.getName());

    private final UiExecutor ui;
    private final ExecutorService pool;
    private final Activity activity = new Activity();
    /** Sees every failure before the task's own callback; see {@link #setFailureFilter}. */
    private volatile Predicate<Throwable> failureFilter = failure -> false;
    /** Set when the application stops: work interrupted then reports nothing to a closing window. */
    private volatile boolean closed;

    public BackgroundTasks(UiExecutor ui) {
        this(ui, DEFAULT_WORKERS);
    }

    public BackgroundTasks(UiExecutor ui, int workers) {
        this.ui = Objects.requireNonNull(ui, "ui");
        this.pool = Executors.newFixedThreadPool(workers, new DaemonThreads());
    }

    /** Everything in flight in the application, for the status bar. */
    public Activity activity() {
        return activity;
    }

    /** Where results reach the user interface: view-models hand watcher events there too. */
    public UiExecutor ui() {
        return ui;
    }

    /**
     * Installs the one place for failures every screen must treat alike (a refused token signs the
     * analyst out, whatever screen or action met it). It runs on the UI thread before the task's
     * own failure callback; when it returns true it handled the failure and that callback is skipped.
     */
    public void setFailureFilter(Predicate<Throwable> filter) {
        this.failureFilter = Objects.requireNonNull(filter, "filter");
    }

    /** Describes a task; nothing runs until {@link Task#start()}. */
    public <T> Task<T> task(String name, Work<T> work) {
        return new Task<>(name, work);
    }

    /** Whether {@link #close()} was called: no work can start any more. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Interrupts running work and refuses new work (a task started afterwards ends without running);
     * called when the application stops. Tasks still finishing deliver no callbacks.
     */
    @Override
    public void close() {
        closed = true;
        pool.shutdownNow();
    }

    /** One task being set up: its callbacks all run through the {@link UiExecutor}. */
    public final class Task<T> {

        private final String name;
        private final Work<T> work;
        private Consumer<? super T> onSuccess = result -> { };
        private Consumer<? super Throwable> onFailure = BackgroundTasks::logUnhandled;
        private DoubleConsumer onProgress = fraction -> { };
        private final List<Activity> trackers = new ArrayList<>(List.of(activity));

        private Task(String name, Work<T> work) {
            this.name = Objects.requireNonNull(name, "name");
            this.work = Objects.requireNonNull(work, "work");
        }

        public Task<T> onSuccess(Consumer<? super T> callback) {
            this.onSuccess = Objects.requireNonNull(callback);
            return this;
        }

        public Task<T> onFailure(Consumer<? super Throwable> callback) {
            this.onFailure = Objects.requireNonNull(callback);
            return this;
        }

        /**
         * Receives a fraction in [0, 1], or -1 when the total is unknown (the value
         * {@code ProgressIndicator} takes for "indeterminate"). Updates are coalesced: a fast worker
         * cannot flood the UI thread, the latest value always arrives.
         */
        public Task<T> onProgress(DoubleConsumer callback) {
            this.onProgress = Objects.requireNonNull(callback);
            return this;
        }

        /** Counts this task in {@code screenActivity} too, e.g. to show a screen's own spinner. */
        public Task<T> trackedBy(Activity screenActivity) {
            trackers.add(Objects.requireNonNull(screenActivity));
            return this;
        }

        public TaskHandle start() {
            TaskHandle handle = new TaskHandle(name);
            if (closed) {
                // The application stops: a timer or a last event may still ask for work, which is not done.
                handle.finishedWithoutRunning();
                return handle;
            }
            List<Activity> counted = List.copyOf(trackers);
            ui.execute(() -> counted.forEach(Activity::started));
            pool.execute(() -> runOnWorker(handle, counted));
            return handle;
        }

        private void runOnWorker(TaskHandle handle, List<Activity> counted) {
            Thread thread = Thread.currentThread();
            if (!handle.attach(thread)) {
                handle.finishedWithoutRunning();
                ui.execute(() -> counted.forEach(Activity::ended));
                return;
            }
            String poolName = thread.getName();
            thread.setName(poolName + " " + name);
            T result = null;
            Throwable failure = null;
            try {
                result = work.run(new CoalescingProgress(handle));
            } catch (Throwable t) {
                failure = t;
            } finally {
                thread.setName(poolName);
                handle.detach();
            }
            deliver(handle, counted, result, failure);
        }

        private void deliver(TaskHandle handle, List<Activity> counted, T result, Throwable failure) {
            ui.execute(() -> {
                counted.forEach(Activity::ended);
                // Checked on the UI thread: a cancel() issued there before this runs wins.
                if (handle.isCancelled() || closed) {
                    return;
                }
                if (failure == null) {
                    onSuccess.accept(result);
                } else if (!failureFilter.test(failure)) {
                    onFailure.accept(failure);
                }
            });
        }

        /** Keeps only the newest progress value pending on the UI thread. */
        private final class CoalescingProgress implements ProgressSink {

            private final TaskHandle handle;
            private final AtomicReference<Double> pending = new AtomicReference<>();

            private CoalescingProgress(TaskHandle handle) {
                this.handle = handle;
            }

            @Override
            public void update(long done, long total) {
                double fraction = total <= 0 ? -1 : Math.min(1.0, Math.max(0.0, (double) done / total));
                if (pending.getAndSet(fraction) == null) {
                    ui.execute(() -> {
                        Double latest = pending.getAndSet(null);
                        if (latest != null && !handle.isCancelled()) {
                            onProgress.accept(latest);
                        }
                    });
                }
            }
        }
    }

    private static void logUnhandled(Throwable failure) {
        // A task without a failure callback still must not fail silently.
        LOG.log(Level.WARNING, "background task failed: " + failure.getClass().getSimpleName());
    }

    /** Threads named after the application, daemon so a forgotten task never keeps the app alive. */
    private static final class DaemonThreads implements ThreadFactory {

        private final AtomicInteger counter = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "xraydesk-io-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
