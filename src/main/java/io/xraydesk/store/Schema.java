package io.xraydesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Every version of the database schema, in order. The version a file is at lives in SQLite's
 * {@code PRAGMA user_version}; opening a file applies the missing steps in one transaction, so a
 * crash mid-migration leaves the file at its old version. Steps are only ever appended.
 */
final class Schema {

    private static final List<Step> STEPS = List.of(
            // v1: the upload journal and the dashboard's request/report cache.
            sql("""
            CREATE TABLE upload_journal (
                id                 TEXT PRIMARY KEY,
                request_id         TEXT NOT NULL,
                file_path          TEXT NOT NULL,
                file_name          TEXT NOT NULL,
                size_bytes         INTEGER NOT NULL,
                sha256             TEXT NOT NULL,
                content_type       TEXT,
                category           TEXT,
                period             TEXT,
                date               TEXT,
                state              TEXT NOT NULL,
                medium_id          TEXT,
                upload_target_json TEXT,
                failure_kind       TEXT,
                failure_message    TEXT,
                attempts           INTEGER NOT NULL DEFAULT 0,
                created_at         INTEGER NOT NULL,
                updated_at         INTEGER NOT NULL
            );
            CREATE INDEX upload_journal_by_request ON upload_journal (request_id, sha256);
            CREATE INDEX upload_journal_by_state ON upload_journal (state);
            CREATE TABLE request_cache (
                id                  TEXT PRIMARY KEY,
                code_type           TEXT,
                code_id             TEXT,
                business_name       TEXT,
                status              TEXT,
                stage               TEXT,
                created_at          INTEGER,
                updated_at          INTEGER,
                request_json        TEXT NOT NULL,
                fetched_at          INTEGER NOT NULL,
                origin              TEXT NOT NULL,
                source_summary_json TEXT
            );
            CREATE INDEX request_cache_by_code ON request_cache (code_type, code_id);
            CREATE INDEX request_cache_by_recency ON request_cache (COALESCE(updated_at, created_at, fetched_at) DESC);
            CREATE TABLE report_cache (
                id         TEXT PRIMARY KEY,
                request_id TEXT NOT NULL REFERENCES request_cache (id) ON DELETE CASCADE,
                source     TEXT,
                score      TEXT,
                created_at INTEGER,
                json       TEXT NOT NULL,
                fetched_at INTEGER NOT NULL
            );
            CREATE INDEX report_cache_by_request ON report_cache (request_id, created_at DESC);
            """),
            // v2: a request the server answers "not found" for is kept for reading, marked from when.
            sql("""
            ALTER TABLE request_cache ADD COLUMN missing_since INTEGER;
            """),
            // v3: what the checks record of a file instead of its full fingerprint (docs/uploads.md,
            // Fingerprints); null on rows checked before, which hold their SHA-256.
            sql("""
            ALTER TABLE upload_journal ADD COLUMN file_identity TEXT;
            """),
            // v4: the portfolio import journal, one batch per imported list, one row per company.
            sql("""
            CREATE TABLE import_batch (
                id             TEXT PRIMARY KEY,
                list_file      TEXT NOT NULL,
                list_sha256    TEXT NOT NULL,
                documents_root TEXT,
                state          TEXT NOT NULL,
                created_at     INTEGER NOT NULL,
                updated_at     INTEGER NOT NULL
            );
            CREATE INDEX import_batch_by_list ON import_batch (list_file, state);
            CREATE TABLE import_company (
                batch_id           TEXT NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
                line               INTEGER NOT NULL,
                code_type          TEXT,
                code_id            TEXT,
                business_name      TEXT,
                state              TEXT NOT NULL,
                request_id         TEXT,
                documents_queued   INTEGER,
                documents_refused  INTEGER NOT NULL DEFAULT 0,
                reason             TEXT,
                updated_at         INTEGER NOT NULL,
                PRIMARY KEY (batch_id, line)
            );
            """),
            // v5: the shared rows as in the team store (src/main/resources/db/team): a version on each
            // cached row for optimistic concurrency (StaleWriteException), rows stored before counting
            // as version 1; and who created or follows each request.
            sql("""
            ALTER TABLE request_cache ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE report_cache ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            CREATE TABLE request_follower (
                request_id   TEXT NOT NULL REFERENCES request_cache (id) ON DELETE CASCADE,
                analyst_id   TEXT NOT NULL,
                analyst_name TEXT,
                relation     TEXT NOT NULL,
                since        INTEGER NOT NULL,
                version      INTEGER NOT NULL,
                PRIMARY KEY (request_id, analyst_id)
            );
            CREATE INDEX request_follower_by_analyst ON request_follower (analyst_id);
            """),
            // v6: the analyst's own work on a request (notes, decisions, the audit trail) and the
            // drafts of notes being typed, as in the team store's V6 (src/main/resources/db/team). Versions
            // guard concurrent edits: see docs/workflow.md.
            sql("""
            CREATE TABLE analyst_note (
                sequence       INTEGER PRIMARY KEY AUTOINCREMENT,
                id             TEXT NOT NULL UNIQUE,
                request_id     TEXT NOT NULL,
                text           TEXT NOT NULL,
                author_id      TEXT NOT NULL,
                author_name    TEXT,
                created_at     INTEGER NOT NULL,
                edited_by_id   TEXT,
                edited_by_name TEXT,
                edited_at      INTEGER,
                version        INTEGER NOT NULL
            );
            CREATE INDEX analyst_note_by_request ON analyst_note (request_id, created_at);
            CREATE TABLE credit_decision (
                id              TEXT PRIMARY KEY,
                request_id      TEXT NOT NULL,
                version         INTEGER NOT NULL,
                outcome         TEXT NOT NULL,
                limit_amount    TEXT,
                limit_currency  TEXT,
                duration_months INTEGER,
                justification   TEXT,
                decided_by_id   TEXT NOT NULL,
                decided_by_name TEXT,
                decided_at      INTEGER NOT NULL,
                UNIQUE (request_id, version)
            );
            CREATE TABLE credit_decision_condition (
                decision_id TEXT NOT NULL REFERENCES credit_decision (id) ON DELETE CASCADE,
                position    INTEGER NOT NULL,
                text        TEXT NOT NULL,
                PRIMARY KEY (decision_id, position)
            );
            CREATE TABLE audit_entry (
                sequence     INTEGER PRIMARY KEY AUTOINCREMENT,
                request_id   TEXT NOT NULL,
                action       TEXT NOT NULL,
                subject      TEXT,
                actor_id     TEXT NOT NULL,
                actor_name   TEXT,
                at           INTEGER NOT NULL,
                details_json TEXT NOT NULL,
                UNIQUE (request_id, action, subject)
            );
            CREATE INDEX audit_entry_by_request ON audit_entry (request_id, at, sequence);
            CREATE TABLE note_draft (
                request_id   TEXT NOT NULL,
                note_key     TEXT NOT NULL,
                text         TEXT NOT NULL,
                base_version INTEGER,
                saved_at     INTEGER NOT NULL,
                PRIMARY KEY (request_id, note_key)
            );
            """),
            // v7: when the analyst last opened each request on this workstation and what its X-Rays said
            // then, so the portfolio view can say what changed since (docs/portfolio.md, The portfolio view).
            sql("""
            CREATE TABLE request_look (
                request_id TEXT PRIMARY KEY,
                looked_at  INTEGER NOT NULL,
                grades     TEXT NOT NULL,
                reports    INTEGER NOT NULL
            );
            """),
            // v8: the values of each cached report the X-Ray rules read, in columns beside its JSON, filled
            // for the reports already cached, so the portfolio reads no whole report (docs/portfolio.md, Speed);
            // the team store's version 8 is the same step.
            ReportFieldsStep::apply,
            // v9: whether each cached request carries notes, in a column beside its JSON, filled for the requests
            // already cached, so the portfolio parses no request (docs/portfolio.md, Speed); the team store's
            // version 9 is the same step.
            RequestFieldsStep::apply);

    static final int CURRENT_VERSION = STEPS.size();

    private Schema() {
    }

    /** Brings the schema up to date; the caller runs this inside a write transaction. */
    static void migrate(Connection connection) throws SQLException {
        migrate(connection, CURRENT_VERSION);
    }

    /** Brings the schema to {@code target}: the current version, or an older one to test upgrades from it. */
    static void migrate(Connection connection, int target) throws SQLException {
        int version = version(connection);
        if (version > CURRENT_VERSION) {
            throw new StoreException(StoreException.Kind.FAILED, "The local database was created by a newer "
                    + "version of X-Ray Desk (schema " + version + ", this version knows up to "
                    + CURRENT_VERSION + ").", null);
        }
        for (int step = version; step < target; step++) {
            STEPS.get(step).apply(connection);
        }
        try (Statement statement = connection.createStatement()) {
            if (version < target) {
                statement.execute("PRAGMA user_version = " + target);
            }
        }
    }

    /** One step of the schema, run inside the migration's transaction. */
    private interface Step {
        void apply(Connection connection) throws SQLException;
    }

    /** A step made of SQL statements separated by semicolons. */
    private static Step sql(String statements) {
        return connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements.split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
        };
    }

    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
