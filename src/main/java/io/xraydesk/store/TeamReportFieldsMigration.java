package io.xraydesk.store;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 8 of the team schema: the local database's step 8 ({@link ReportFieldsStep}) on PostgreSQL. It is
 * Java rather than a file of {@code db/team} because the columns are filled by reading each report's JSON
 * exactly as the store reads it when it caches a report ({@link ReportFields}): the same reading on both
 * back-ends, and for old and new reports alike.
 */
final class TeamReportFieldsMigration implements JavaMigration {

    static final String VERSION = "8";

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(VERSION);
    }

    @Override
    public String getDescription() {
        return "report fields";
    }

    /** None: the migration is this class, versioned with the application. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            // Filling the columns changes no value a desktop shows: announcing each of the team's reports as
            // changed (docs/team.md, "What the desktops are told") would only make every desktop read them again.
            statement.execute("ALTER TABLE report_cache DISABLE TRIGGER report_cache_notify");
            ReportFieldsStep.apply(connection);
            statement.execute("ALTER TABLE report_cache ENABLE TRIGGER report_cache_notify");
        }
    }
}
