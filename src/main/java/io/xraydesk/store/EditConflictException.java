package io.xraydesk.store;

import java.time.Instant;

/**
 * A save refused because the record changed since its editor read it: {@code expectedVersion} is
 * what the editor started from, {@code currentVersion} what is saved now, by whom and when. Nothing
 * was written; the editor's text is still theirs to merge and save again.
 */
public final class EditConflictException extends RuntimeException {

    /** What kind of record was being saved. */
    public enum Subject { NOTE, DECISION }

    private final Subject subject;
    private final String id;
    private final long expectedVersion;
    private final long currentVersion;
    private final Analyst changedBy;
    private final Instant changedAt;

    public EditConflictException(Subject subject, String id, long expectedVersion, long currentVersion,
            Analyst changedBy, Instant changedAt) {
        super(subject.name().toLowerCase(java.util.Locale.ROOT) + " " + id + " is at version " + currentVersion
                + " (saved by " + (changedBy == null ? "nobody" : changedBy.displayName()) + " at " + changedAt
                + "), not " + expectedVersion + " as when it was opened: nothing was saved");
        this.subject = subject;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public Subject subject() {
        return subject;
    }

    /** The note id, or the request id for a decision. */
    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }

    /** Who saved the current version; null when nothing is saved yet (current version 0). */
    public Analyst changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
