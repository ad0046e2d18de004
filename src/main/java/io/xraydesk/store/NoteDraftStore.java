package io.xraydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Drafts of notes on this workstation. Never shared with a team: a draft is what one analyst is
 * typing now, and it is replaced many times a minute.
 */
public final class NoteDraftStore {

    /** The key of a request's draft of a new note (notes' ids are never empty). */
    private static final String NEW_NOTE = "";

    private final LocalDatabase database;

    NoteDraftStore(LocalDatabase database) {
        this.database = database;
    }

    /** Replaces the draft of the same request and note. */
    public void save(NoteDraft draft) {
        database.write(c -> Sql.update(c, "INSERT INTO note_draft (request_id, note_key, text, base_version, saved_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (request_id, note_key) DO UPDATE SET text = excluded.text, "
                + "base_version = excluded.base_version, saved_at = excluded.saved_at", draft.requestId(),
                key(draft.noteId()), draft.text(), draft.baseVersion().orElse(null), draft.savedAt()));
    }

    /** The draft of a new note ({@code noteId} empty) or of an edit of that note. */
    public Optional<NoteDraft> find(String requestId, Optional<String> noteId) {
        return database.read(c -> Sql.list(c, "SELECT request_id, note_key, text, base_version, saved_at "
                + "FROM note_draft WHERE request_id = ? AND note_key = ?", NoteDraftStore::row, requestId,
                key(noteId))).stream().findFirst();
    }

    /** Every draft of the request: what a page opened after a crash offers to restore. */
    public List<NoteDraft> forRequest(String requestId) {
        return database.read(c -> Sql.list(c, "SELECT request_id, note_key, text, base_version, saved_at "
                + "FROM note_draft WHERE request_id = ? ORDER BY saved_at", NoteDraftStore::row, requestId));
    }

    /** Forgets the draft once its note is saved (or the analyst threw it away). */
    public void discard(String requestId, Optional<String> noteId) {
        database.write(c -> Sql.update(c, "DELETE FROM note_draft WHERE request_id = ? AND note_key = ?", requestId,
                key(noteId)));
    }

    private static String key(Optional<String> noteId) {
        return noteId.orElse(NEW_NOTE);
    }

    private static NoteDraft row(ResultSet rs) throws SQLException {
        String key = rs.getString("note_key");
        long base = rs.getLong("base_version");
        Optional<Long> baseVersion = rs.wasNull() ? Optional.empty() : Optional.of(base);
        return new NoteDraft(rs.getString("request_id"), key.isEmpty() ? Optional.empty() : Optional.of(key),
                baseVersion, rs.getString("text"), Sql.instant(rs, "saved_at"));
    }
}
