package io.xraydesk.store;

/**
 * The shared rows on a database reached through {@link SqlTransactions}: the same statements on the
 * workstation's SQLite file and on the team's PostgreSQL, hence the same behaviour.
 */
interface SqlSharedRecords extends SharedRecords, SqlTransactions {

    @Override
    default RequestCache requestCache() {
        return new SqlRequestCache(this);
    }

    @Override
    default ReportCache reportCache() {
        return new SqlReportCache(this);
    }

    @Override
    default RequestFollowers followers() {
        return new SqlRequestFollowers(this);
    }

    @Override
    default NoteStore notes() {
        return new SqlNoteStore(this);
    }

    @Override
    default DecisionStore decisions() {
        return new SqlDecisionStore(this);
    }

    @Override
    default AuditLog audit() {
        return new SqlAuditLog(this);
    }
}
