package io.xraydesk.store;

import java.time.Instant;
import java.util.Map;

/**
 * One action on a request: what, on which subject (the document, report, note or decision it
 * concerns; null when the action concerns the request itself), who and when, with a few details
 * worth reading later (a file name, a grade, an outcome).
 *
 * <p>An action on a given subject is recorded once: the same report seen by two polls, or the same
 * document reported online twice, is one entry.
 */
public record AuditEntry(String requestId, AuditAction action, String subject, Analyst actor, Instant at,
        Map<String, String> details) {

    public AuditEntry {
        Required.nonNull("requestId, action, actor, at", requestId, action, actor, at);
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
