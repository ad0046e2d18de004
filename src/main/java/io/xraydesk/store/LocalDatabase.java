package io.xraydesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * The app's SQLite file: the upload journal, the portfolio import journal, drafts of notes and, while
 * no team store is set, the {@link SharedRecords} (request/report cache, followers, notes, decisions,
 * audit trail).
 *
 * <p>Durability choice: WAL journal with {@code synchronous=FULL}. In WAL mode {@code NORMAL} only
 * syncs at checkpoints, so a power cut can lose the last commits; the journal must never forget that
 * a medium was created or finalised (that would upload a file twice), and it writes a few rows per
 * file, so the extra fsync per commit costs nothing noticeable. WAL still lets the dashboard read
 * while the upload queue writes.
 *
 * <p>One connection, used by one thread at a time (calls are serialised on this object): SQLite
 * serialises writers anyway, and this keeps transactions simple.
 */
public final class LocalDatabase implements SqlSharedRecords, WorkstationStore {

    /** How long a statement waits for another process's lock before failing with {@link StoreException.Kind#LOCKED}. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(5);

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;

    private final Path file;
    private final Connection connection;
    private final Clock clock;

    private LocalDatabase(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
    }

    public static LocalDatabase open(Path file) {
        return open(file, DEFAULT_BUSY_TIMEOUT, Clock.systemUTC());
    }

    /**
     * Opens (creating if needed) and migrates the database.
     *
     * @throws StoreException {@link StoreException.Kind#CORRUPT} if the file is not a usable database,
     *     {@link StoreException.Kind#LOCKED} if another process keeps it locked, else {@code FAILED}
     */
    public static LocalDatabase open(Path file, Duration busyTimeout, Clock clock) {
        Path absolute = file.toAbsolutePath();
        Connection connection = null;
        try {
            PrivateFiles.createDirectories(absolute.getParent());
            if (!Files.exists(absolute)) {
                // Created empty first so SQLite's own files (-wal, -shm) inherit its 600 mode.
                Files.createFile(absolute);
            }
            PrivateFiles.restrictFile(absolute);
            connection = connect(absolute, busyTimeout, false);
            LocalDatabase database = new LocalDatabase(absolute, connection, clock);
            database.write(c -> {
                Schema.migrate(c);
                return null;
            });
            database.requireIntact();
            return database;
        } catch (IOException e) {
            closeQuietly(connection);
            throw new StoreException(StoreException.Kind.FAILED,
                    "Cannot create the local database at " + absolute + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw translate(absolute, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static Connection connect(Path file, Duration busyTimeout, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        if (!readOnly) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
        config.enforceForeignKeys(true);
        // Write transactions take the write lock up front, so two writers never deadlock on upgrade.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    public Path file() {
        return file;
    }

    @Override
    public UploadJournal uploadJournal() {
        return new UploadJournal(this, clock);
    }

    public ImportJournal importJournal() {
        return new ImportJournal(this, clock);
    }

    @Override
    public NoteDraftStore noteDrafts() {
        return new NoteDraftStore(this);
    }

    @Override
    public LookMarks lookMarks() {
        return new LookMarks(this);
    }

    /**
     * Damage inside the file (a torn page, a disk error) is otherwise only noticed when a query reaches
     * it, perhaps in the middle of an upload; {@code quick_check} reads every page once, which takes
     * milliseconds for a database of this size, so it is done at open instead.
     */
    private void requireIntact() {
        String result = check("quick_check");
        if (!"ok".equals(result)) {
            throw new StoreException(StoreException.Kind.CORRUPT,
                    "The local database " + file + " is damaged (" + result.lines().findFirst().orElse("") + ").", null);
        }
    }

    /** SQLite's full consistency check: {@code "ok"} for a healthy file, else the problems it found. */
    public String integrityCheck() {
        return check("integrity_check");
    }

    private String check(String pragma) {
        return read(c -> String.join("\n", Sql.list(c, "PRAGMA " + pragma, rs -> rs.getString(1))));
    }

    /** Runs read-only statements (auto-commit: each statement sees a consistent snapshot). */
    @Override
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    /** Runs {@code work} in one transaction: it is on disk when this returns, or not at all. */
    @Override
    public synchronized <T> T write(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw translate(file, e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            restoreAutoCommit();
        }
    }

    /**
     * Back to auto-commit, whatever happened. sqlite-jdbc flips its flag before running {@code BEGIN}
     * or {@code COMMIT}: a {@code BEGIN} refused by a lock leaves the flag off with no transaction (the
     * next write would then fail with "no transaction is active"), and after a full disk SQLite has
     * already rolled back, so the {@code COMMIT} of the switch fails and would hide the real error.
     * Setting the flag is what matters here; the failure of that spare {@code COMMIT} is not news.
     */
    private void restoreAutoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException noTransactionLeft) {
            // the flag is set before the statement runs; nothing else to restore
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is what the caller needs to see.
        }
    }

    @Override
    public synchronized void close() {
        closeQuietly(connection);
    }

    /**
     * Reads whatever upload-journal rows can still be read from a damaged database, so the caller
     * can move the file aside, start a fresh one and re-enqueue these: the journal is the only data
     * here that the server cannot give back (the cache is refetched). Rows are read one by one and
     * reading stops at the first damaged page; a file that is not a database at all yields nothing.
     */
    public static List<UploadItem> salvageUploadJournal(Path file) {
        List<UploadItem> salvaged = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return salvaged;
        }
        try (Connection c = connect(file.toAbsolutePath(), Duration.ofMillis(500), true);
             Statement statement = c.createStatement();
             ResultSet rs = statement.executeQuery(UploadJournal.SELECT_ALL)) {
            while (rs.next()) {
                try {
                    salvaged.add(UploadJournal.item(rs));
                } catch (SQLException | IllegalArgumentException damagedRow) {
                    // A row whose values no longer parse is skipped; the others are still worth keeping.
                }
            }
        } catch (SQLException unreadableFromHere) {
            // Reading stopped at a damaged page (or never started): keep what was read before it.
        }
        return salvaged;
    }

    static StoreException translate(Path file, SQLException e) {
        int primary = e.getErrorCode() & 0xFF;
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
            return new StoreException(StoreException.Kind.CORRUPT,
                    "The local database " + file + " is damaged (" + e.getMessage() + ").", e);
        }
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
            return new StoreException(StoreException.Kind.LOCKED, "The local database " + file
                    + " is locked by another program, probably another copy of X-Ray Desk.", e);
        }
        return new StoreException(StoreException.Kind.FAILED,
                "The local database " + file + " failed: " + e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Nothing useful can be done with a failure to close.
            }
        }
    }
}
