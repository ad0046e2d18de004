package io.xraydesk.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The team's PostgreSQL database (docs/team.md): the {@link SharedRecords} of the whole team. Opening
 * it brings its schema to this version of the application with Flyway (the migrations are in
 * {@code src/main/resources/db/team}, and {@link TeamFieldsMigration} for versions 8 and 9, applied in order,
 * each once, recorded in
 * {@code flyway_schema_history}); a database migrated by a newer version is refused rather than
 * written to with an older idea of the tables.
 *
 * <p>One connection, used by one thread at a time, reopened after a failure: a desktop makes few,
 * small writes, and the server's connection limit is better spent on more analysts. Every committed
 * write is announced to listeners by the schema's triggers ({@link TeamChangeListener}).
 *
 * <p>The password is handed to the driver and kept here only to reconnect; no message, exception or
 * log line of this class contains it.
 */
public final class TeamDatabase implements SqlSharedRecords, AutoCloseable {

    /** Where Flyway finds the team schema's migrations on the class path. */
    public static final String MIGRATIONS = "classpath:db/team";

    private final TeamDatabaseAddress address;
    private final String password;
    private Connection connection;

    private TeamDatabase(TeamDatabaseAddress address, String password) {
        this.address = address;
        this.password = password;
    }

    /**
     * Connects, and creates or migrates the schema.
     *
     * @throws StoreException {@link StoreException.Kind#UNREACHABLE} when the server cannot be reached
     *     or refuses the role, {@code FAILED} when the schema cannot be brought up to date
     */
    public static TeamDatabase open(TeamDatabaseAddress address, String password) {
        TeamDatabase database = new TeamDatabase(address, password);
        try {
            flyway(address, password).migrate();
        } catch (FlywayException e) {
            // Flyway reports an unreachable server or a refused role as its own exception: tell them apart
            // from a schema problem by the SQL state underneath (08: connection, 28: authorisation).
            String state = sqlState(e);
            boolean unreachable = state.startsWith("08") || state.startsWith("28");
            throw new StoreException(unreachable ? StoreException.Kind.UNREACHABLE : StoreException.Kind.FAILED,
                    "The team database " + address + (unreachable ? " cannot be reached: "
                    : " could not be brought up to date: ") + e.getMessage(), null);
        }
        database.read(c -> null);
        return database;
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    /** Flyway set up for this database; the migration test uses it to build databases at earlier versions. */
    static Flyway flyway(TeamDatabaseAddress address, String password) {
        return Flyway.configure().dataSource(address.jdbcUrl(), address.user(), password)
                .locations(MIGRATIONS)
                .javaMigrations(TeamFieldsMigration.REPORT_FIELDS, TeamFieldsMigration.REQUEST_FIELDS)
                .validateMigrationNaming(true).load();
    }

    public TeamDatabaseAddress address() {
        return address;
    }

    /** The relay's journal of accepted webhook deliveries (docs/team.md, "The relay"). */
    public RelayDeliveries relayDeliveries() {
        return new RelayDeliveries(this);
    }

    /** The team's presence and the desktops' poll leases, for when no relay runs (docs/team.md). */
    public PollLeases pollLeases() {
        return new PollLeases(this);
    }

    /** A connection of its own, for a listener that stays open for as long as the desktop runs. */
    Connection newConnection() throws SQLException {
        Properties properties = new Properties();
        if (address.user() != null) {
            properties.setProperty("user", address.user());
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "X-Ray Desk");
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(address.jdbcUrl(), properties);
    }

    @Override
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            Connection c = connection();
            c.setAutoCommit(true);
            return work.run(c);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public synchronized <T> T write(SqlWork<T> work) {
        try {
            Connection c = connection();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = newConnection();
        }
        return connection;
    }

    /**
     * A lost connection (SQL state class 08, or a server shutting down: 57P) is dropped so the next call
     * reconnects; whatever was being written was rolled back by the server.
     */
    private StoreException failed(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        boolean lost = state.startsWith("08") || state.startsWith("57P");
        if (lost) {
            closeQuietly();
        }
        return new StoreException(lost ? StoreException.Kind.UNREACHABLE : StoreException.Kind.FAILED,
                "The team database " + address + " failed: " + e.getMessage(), e);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The original failure is what the caller needs to see.
        }
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // Closing a broken connection may fail too; it is dropped either way.
        } finally {
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }
}
