package io.xraydesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * How the shared rows reach a database: SQLite on the workstation ({@link LocalDatabase}) or the team's
 * PostgreSQL ({@link TeamDatabase}). Both speak the same SQL for these rows, so one implementation of
 * each cache serves both back-ends and the contract tests hold it to the same behaviour.
 */
interface SqlTransactions {

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs read-only statements. */
    <T> T read(SqlWork<T> work);

    /** Runs {@code work} in one transaction: committed when this returns, or not at all. */
    <T> T write(SqlWork<T> work);
}
