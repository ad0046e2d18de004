package io.xraydesk.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One company of an import batch as journaled: its row in the list, its code, its state, the request once
 * created or reused, how many documents were handed to the upload queue (null until they are) and how many
 * were refused, and the reasons in words. {@code updatedAt} tells when the state last changed (a CREATING
 * row: when the creation was sent).
 */
public record ImportCompany(String batchId, int line, String codeType, String codeId, String businessName,
        ImportCompanyState state, String requestId, Integer documentsQueued, int documentsRefused, String reason,
        Instant updatedAt) {

    public ImportCompany {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(state, "state");
        updatedAt = CachedRequest.millis(updatedAt);
    }

    /** Nothing is left to do for this company in the batch. */
    public boolean isFinished() {
        return state == ImportCompanyState.REFUSED || (state.hasRequest() && documentsQueued != null);
    }
}
