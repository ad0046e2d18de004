package io.xraydesk.store;

/**
 * The part of the store a credit team shares: the requests known with their latest answer, their
 * reports, and who created or follows each. The workstation's SQLite file implements it ({@link LocalDatabase}); with a team store set,
 * {@link TeamStore} implements it on PostgreSQL and passes the same contract
 * tests. What names local files (the upload journal) is never shared.
 */
public interface SharedRecords {

    RequestCache requestCache();

    ReportCache reportCache();

    RequestFollowers followers();
}
