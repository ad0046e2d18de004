package io.xraydesk.store;

/**
 * The part of the store a credit team shares: the requests known with their latest answer, their
 * reports, who created or follows each, the analysts' notes, the decisions and the audit trail. The
 * workstation's SQLite file implements it ({@link LocalDatabase}); with a team store set, {@link
 * TeamStore} implements it on PostgreSQL, and both pass the same contract tests. What names local
 * files (the upload journal) or is unfinished typing (drafts of notes) is never shared.
 *
 * <p>Each change of a note or a decision is written in one transaction with its audit entry, so the
 * trail never misses a change that was saved.
 */
public interface SharedRecords extends AutoCloseable {

    RequestCache requestCache();

    ReportCache reportCache();

    RequestFollowers followers();

    NoteStore notes();

    DecisionStore decisions();

    AuditLog audit();

    /** Closes the connections this opening holds; the records stay in the database. */
    @Override
    void close();
}
