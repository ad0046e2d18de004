package io.xraydesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Analysts' notes per request. Each change is written with its audit entry ({@link
 * AuditAction#NOTE_ADDED}, {@link AuditAction#NOTE_EDITED}) in one transaction.
 */
public interface NoteStore {

    /** Saves a new note at version 1. */
    StoredNote add(String requestId, String text, Analyst author, Instant at);

    /**
     * Replaces the text of a note, provided it is still at {@code expectedVersion} (the version its
     * editor started from); the saved note has the next version.
     *
     * @throws EditConflictException when someone saved the note since: nothing is written
     * @throws IllegalArgumentException when no note has this id
     */
    StoredNote edit(String noteId, long expectedVersion, String text, Analyst editor, Instant at);

    Optional<StoredNote> find(String noteId);

    /** The notes of a request, oldest first. */
    List<StoredNote> forRequest(String requestId);
}
