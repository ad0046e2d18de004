package io.xraydesk.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of a note as it was being typed, kept so a crash loses at most the last second of it.
 * {@code noteId} is empty for a note not saved yet (one such draft per request); for an edit it
 * names the note and {@code baseVersion} the version the edit started from.
 */
public record NoteDraft(String requestId, Optional<String> noteId, Optional<Long> baseVersion, String text,
        Instant savedAt) {

    public NoteDraft {
        Objects.requireNonNull(requestId, "requestId");
        noteId = noteId == null ? Optional.empty() : noteId;
        baseVersion = baseVersion == null ? Optional.empty() : baseVersion;
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
