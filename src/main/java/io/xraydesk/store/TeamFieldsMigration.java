package io.xraydesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A version of the team schema that is a step of the local database on PostgreSQL, keeping values of the
 * cached JSON in columns: version 8 is step 8 ({@link ReportFieldsStep}), version 9 step 9
 * ({@link RequestFieldsStep}). They are Java rather than files of {@code db/team} because the columns are filled
 * by reading each row's JSON exactly as the store reads it when it caches the row: the same reading on both
 * back-ends, and for old and new rows alike.
 */
final class TeamFieldsMigration implements JavaMigration {

    static final TeamFieldsMigration REPORT_FIELDS = new TeamFieldsMigration("8", "report fields", "report_cache",
            ReportFieldsStep::apply);
    static final TeamFieldsMigration REQUEST_FIELDS = new TeamFieldsMigration("9", "request fields", "request_cache",
            RequestFieldsStep::apply);

    /** The local database's step, run on the team's connection inside the migration's transaction. */
    private interface Step {
        void apply(Connection connection) throws SQLException;
    }

    private final String version;
    private final String description;
    private final String table;
    private final Step step;

    private TeamFieldsMigration(String version, String description, String table, Step step) {
        this.version = version;
        this.description = description;
        this.table = table;
        this.step = step;
    }

    String version() {
        return version;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
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
            // Filling the columns changes no value a desktop shows: announcing each of the team's rows as changed
            // (docs/team.md, "What the desktops are told") would only make every desktop read them again.
            statement.execute("ALTER TABLE " + table + " DISABLE TRIGGER " + table + "_notify");
            step.apply(connection);
            statement.execute("ALTER TABLE " + table + " ENABLE TRIGGER " + table + "_notify");
        }
    }
}
