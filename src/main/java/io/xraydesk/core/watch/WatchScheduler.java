package io.xraydesk.core.watch;

import java.time.Duration;

/**
 * Where the watcher's work runs later. Production uses {@link ExecutorWatchScheduler} (one daemon
 * thread); tests use a scheduler driven by a fake clock, so hours of polling run in milliseconds.
 */
public interface WatchScheduler {

    /** Runs {@code task} once after {@code delay}; the returned handle stops it if it has not run yet. */
    Scheduled schedule(Runnable task, Duration delay);

    /** A task scheduled and not yet run. */
    interface Scheduled {
        void cancel();
    }
}
