package io.xraydesk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap use around one action: used heap after a full GC before and after (what the action kept) and
 * the highest used heap sampled every 2 ms while it ran (what it needed, garbage not yet collected
 * included, so an upper bound).
 */
public final class HeapSampler {

    public record Figures(long retainedBytes, long peakAboveBaselineBytes, long baselineBytes) {
    }

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapSampler() {
    }

    public static Figures around(Runnable action) throws InterruptedException {
        long before = usedAfterGc();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        try {
            action.run();
        } finally {
            sampler.interrupt();
            sampler.join();
        }
        long after = usedAfterGc();
        return new Figures(after - before, peak.get() - before, before);
    }

    /** Used heap after three full collections: what is really kept. */
    public static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return MEMORY.getHeapMemoryUsage().getUsed();
    }
}
