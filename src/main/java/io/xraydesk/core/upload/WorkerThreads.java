package io.xraydesk.core.upload;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Daemon workers of the upload queue: the journal, not a live thread, is what keeps unfinished work. */
final class WorkerThreads implements ThreadFactory {

    private final AtomicInteger counter = new AtomicInteger();

    @Override
    public Thread newThread(Runnable runnable) {
        Thread thread = new Thread(runnable, "xraydesk-upload-" + counter.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
