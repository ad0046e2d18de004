package io.xraydesk.core.upload;

import io.xraydesk.store.UploadState;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of the current batch (since the queue was last idle) and their overall rate: what the
 * overall bar and its ETA show. Cancelled and failed files leave the totals.
 */
final class BatchProgress {

    private final Map<UUID, UploadJob> jobs = new ConcurrentHashMap<>();
    private final RateMeter rate = new RateMeter();

    /** A new batch starts: the queue was idle. */
    void clear() {
        jobs.clear();
    }

    void add(UploadJob job) {
        jobs.put(job.id, job);
    }

    OverallProgress snapshot() {
        long done = 0;
        long total = 0;
        int left = 0;
        for (UploadJob job : jobs.values()) {
            UploadStatus status = job.status();
            UploadState state = status.state();
            if (state == UploadState.CANCELLED || state == UploadState.FAILED) {
                continue;
            }
            total += status.item().sizeBytes();
            done += status.bytesDone();
            if (!state.isFinal()) {
                left++;
            }
        }
        return new OverallProgress(done, total, rate.bytesPerSecond(), left);
    }

    /** The snapshot, with its bytes counted towards the rate. */
    OverallProgress recordNow() {
        OverallProgress overall = snapshot();
        rate.record(System.nanoTime(), overall.bytesDone());
        return overall;
    }
}
