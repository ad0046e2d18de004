package io.xraydesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Analysts' notes on either back-end: the same statements on SQLite and PostgreSQL. */
record SqlNoteStore(SqlTransactions database) implements NoteStore {

    private static final String SELECT = "SELECT id, request_id, text, author_id, author_name, created_at, "
            + "edited_by_id, edited_by_name, edited_at, version FROM analyst_note";

    @Override
    public StoredNote add(String requestId, String text, Analyst author, Instant at) {
        StoredNote note = new StoredNote(UUID.randomUUID().toString(), requestId, text, author, at,
                Optional.empty(), Optional.empty(), 1);
        database.write(c -> {
            Sql.update(c, "INSERT INTO analyst_note (id, request_id, text, author_id, author_name, created_at, "
                    + "version) VALUES (?, ?, ?, ?, ?, ?, ?)", note.id(), requestId, text, author.userId(),
                    author.name(), at, note.version());
            return SqlAuditLog.insert(c, audit(note, AuditAction.NOTE_ADDED, author, at));
        });
        return note;
    }

    @Override
    public StoredNote edit(String noteId, long expectedVersion, String text, Analyst editor, Instant at) {
        return database.write(c -> {
            // Compare-and-set on the version: of two editors who opened the same version, the second
            // to save changes no row and is told who saved in between.
            int changed = Sql.update(c, "UPDATE analyst_note SET text = ?, edited_by_id = ?, edited_by_name = ?, "
                    + "edited_at = ?, version = version + 1 WHERE id = ? AND version = ?", text, editor.userId(),
                    editor.name(), at, noteId, expectedVersion);
            StoredNote saved = find(c, noteId)
                    .orElseThrow(() -> new IllegalArgumentException("no note " + noteId));
            if (changed == 0) {
                throw new EditConflictException(EditConflictException.Subject.NOTE, noteId, expectedVersion,
                        saved.version(), saved.lastChangedBy(), saved.lastChangedAt());
            }
            SqlAuditLog.insert(c, audit(saved, AuditAction.NOTE_EDITED, editor, at));
            return saved;
        });
    }

    @Override
    public Optional<StoredNote> find(String noteId) {
        return database.read(c -> find(c, noteId));
    }

    @Override
    public List<StoredNote> forRequest(String requestId) {
        return database.read(c -> Sql.list(c, SELECT + " WHERE request_id = ? ORDER BY created_at, sequence",
                SqlNoteStore::row, requestId));
    }

    private static Optional<StoredNote> find(Connection c, String noteId) throws SQLException {
        return Sql.list(c, SELECT + " WHERE id = ?", SqlNoteStore::row, noteId).stream().findFirst();
    }

    /** The subject is the note at its version: each edit is an entry of its own. */
    private static AuditEntry audit(StoredNote note, AuditAction action, Analyst who, Instant at) {
        return new AuditEntry(note.requestId(), action, note.id() + "@" + note.version(), who, at,
                Map.of("note", note.id(), "version", Long.toString(note.version())));
    }

    private static StoredNote row(ResultSet rs) throws SQLException {
        String editorId = rs.getString("edited_by_id");
        Optional<Analyst> editor = editorId == null ? Optional.empty()
                : Optional.of(new Analyst(editorId, rs.getString("edited_by_name")));
        return new StoredNote(rs.getString("id"), rs.getString("request_id"), rs.getString("text"),
                new Analyst(rs.getString("author_id"), rs.getString("author_name")), Sql.instant(rs, "created_at"),
                editor, Optional.ofNullable(Sql.instant(rs, "edited_at")), rs.getLong("version"));
    }
}
