package io.xraydesk.store;

import java.util.List;

/** The audit trail of requests: append-only, read per request, oldest first. */
public interface AuditLog {

    /**
     * Appends {@code entry}, unless this action on this subject of the request is already recorded.
     *
     * @return whether the entry was added
     */
    boolean record(AuditEntry entry);

    /** Every entry of the request, oldest first (entries of the same instant in the order recorded). */
    List<AuditEntry> forRequest(String requestId);
}
