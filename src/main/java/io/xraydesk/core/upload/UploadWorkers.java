package io.xraydesk.core.upload;

import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The upload queue's workers: a fixed number of daemon threads that the concurrency setting can change
 * while files are waiting. Daemons, because the journal, not a live thread, is what keeps unfinished work.
 */
final class UploadWorkers {

    private final AtomicInteger counter = new AtomicInteger();
    private final ThreadPoolExecutor pool;

    UploadWorkers(int concurrency) {
        int threads = Math.max(1, concurrency);
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "xraydesk-upload-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    synchronized int size() {
        return pool.getMaximumPoolSize();
    }

    /** Sends with {@code concurrency} threads from now on (at least 1); files already sending go on. */
    synchronized void resize(int concurrency) {
        int threads = Math.max(1, concurrency);
        // The core size may never exceed the maximum, in between the two calls either.
        if (threads > pool.getMaximumPoolSize()) {
            pool.setMaximumPoolSize(threads);
            pool.setCorePoolSize(threads);
        } else {
            pool.setCorePoolSize(threads);
            pool.setMaximumPoolSize(threads);
        }
    }

    Future<?> submit(Runnable work) {
        return pool.submit(work);
    }

    /** Interrupts every worker and waits a little for them to end (the application quits). */
    void stop() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
