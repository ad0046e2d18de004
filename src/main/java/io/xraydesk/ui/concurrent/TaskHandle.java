package io.xraydesk.ui.concurrent;

/**
 * The caller's grip on one started background task. Deliberately not an observable: screens that
 * want to show progress use an {@link Activity}; this only answers "is it still going" and stops it.
 */
public final class TaskHandle {

    private final String name;
    private Thread worker;
    private boolean cancelled;
    private volatile boolean running = true;

    TaskHandle(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** True until the work has returned, failed or observed its cancellation. */
    public boolean isRunning() {
        return running;
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /**
     * Stops the task: interrupts its thread if it runs, prevents it from starting if it waits.
     * Once this returns on the UI thread, neither success nor failure callback will run.
     */
    public synchronized void cancel() {
        cancelled = true;
        if (worker != null) {
            worker.interrupt();
        }
    }

    /** Binds the task to the pool thread about to run it; false when it was cancelled before. */
    synchronized boolean attach(Thread thread) {
        if (cancelled) {
            return false;
        }
        worker = thread;
        return true;
    }

    /** Unbinds the pool thread so a late cancel() can no longer interrupt the next task it runs. */
    void detach() {
        synchronized (this) {
            worker = null;
        }
        // Clear an interrupt that arrived after the work returned: the pool thread is reused.
        Thread.interrupted();
        running = false;
    }

    void finishedWithoutRunning() {
        running = false;
    }

    @Override
    public String toString() {
        return "TaskHandle[" + name + (running ? ", running" : ", ended") + (isCancelled() ? ", cancelled]" : "]");
    }
}
