package io.xraydesk.store;

import java.time.Instant;
import java.util.Optional;

/**
 * An analyst's note on a request, as saved: its text in the notes markup, who wrote it and when, who
 * last edited it and when (empty until edited), and its version, which every edit increases.
 */
public record StoredNote(String id, String requestId, String text, Analyst author, Instant createdAt,
        Optional<Analyst> editedBy, Optional<Instant> editedAt, long version) {

    public StoredNote {
        Required.nonNull("id, requestId, text, author, createdAt", id, requestId, text, author, createdAt);
        editedBy = editedBy == null ? Optional.empty() : editedBy;
        editedAt = editedAt == null ? Optional.empty() : editedAt;
    }

    /** Who changed it last: the last editor, or the author of a note never edited. */
    public Analyst lastChangedBy() {
        return editedBy.orElse(author);
    }

    public Instant lastChangedAt() {
        return editedAt.orElse(createdAt);
    }
}
