package io.xraydesk.store;

import java.time.Instant;

/**
 * One import of a company list: the list (its path and SHA-256, so the same command finds the batch to
 * continue), the documents folder, whether the batch is FINISHED or still RUNNING (stopped, killed or
 * cancelled batches stay RUNNING until a run completes them), and when.
 */
public record ImportBatch(String id, String listFile, String listSha256, String documentsRoot, String state,
        Instant createdAt, Instant updatedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String FINISHED = "FINISHED";

    public ImportBatch {
        Required.nonNull("id, listFile, listSha256, state", id, listFile, listSha256, state);
        createdAt = CachedRequest.millis(createdAt);
        updatedAt = CachedRequest.millis(updatedAt);
    }

    public boolean isFinished() {
        return FINISHED.equals(state);
    }
}
