package io.xraydesk.store;

import java.util.Locale;
import java.util.Optional;

/** The actions on a request the audit trail records; {@link #wire()} is their name in files and JSON. */
public enum AuditAction {
    REQUEST_CREATED,
    DOCUMENT_SENT,
    REPORT_RECEIVED,
    NOTE_ADDED,
    NOTE_EDITED,
    DECISION_MADE,
    DECISION_CHANGED,
    EXPORTED,
    MEMO_PRODUCED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AuditAction> fromWire(String wire) {
        for (AuditAction action : values()) {
            if (action.wire().equals(wire)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
