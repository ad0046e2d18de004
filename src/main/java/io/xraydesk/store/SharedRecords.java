package io.xraydesk.store;

/**
 * The part of the store a credit team shares: analysts' notes, decisions and the audit trail. The
 * workstation's SQLite file implements it ({@link LocalDatabase}); a team back-end implements the same
 * interface and passes the same contract tests. Each change of a note or a decision is written in one
 * transaction with its audit entry, so the trail never misses a change that was saved.
 */
public interface SharedRecords {

    NoteStore notes();

    DecisionStore decisions();

    AuditLog audit();
}
