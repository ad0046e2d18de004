package io.xraydesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opens the local database the way the application and the command line do: a database lost behind
 * their back, or damaged, is noticed and said instead of silently replaced.
 *
 * <p>Loss: SQLite recreates a missing or empty file without a word, so a marker file next to it
 * records that a database was made here. A marker without its database (or with an empty one) means
 * the journal of unfinished uploads is gone. Damage: a file SQLite refuses is moved aside (kept, for
 * whoever wants to look), the upload journal rows still readable in it are written into a fresh
 * database, and the caller is told how many unfinished uploads were saved.
 */
public final class RecoveringOpen {

    /** The outcome: the database, open, and what was done to get it, if anything. Closing closes the database. */
    public record Opened(LocalDatabase database, Optional<DatabaseRecovery> recovery) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }

    private static final Logger LOG = Logger.getLogger(RecoveringOpen.class.getName());
    private static final DateTimeFormatter ASIDE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private RecoveringOpen() {
    }

    public static Opened open(Path file) {
        return open(file, Clock.systemUTC());
    }

    public static Opened open(Path file, Clock clock) {
        Path database = file.toAbsolutePath();
        Path marker = marker(database);
        Optional<DatabaseRecovery> recovery = Optional.empty();
        if (Files.exists(marker) && isMissingOrEmpty(database)) {
            recovery = Optional.of(new DatabaseRecovery(DatabaseRecovery.Kind.LOST, database, null, 0));
        }
        LocalDatabase opened;
        try {
            opened = LocalDatabase.open(database, LocalDatabase.DEFAULT_BUSY_TIMEOUT, clock);
        } catch (StoreException e) {
            if (e.kind() != StoreException.Kind.CORRUPT) {
                throw e;
            }
            return replaceDamaged(database, clock, e);
        }
        writeMarker(marker, database);
        return new Opened(opened, recovery);
    }

    private static Opened replaceDamaged(Path database, Clock clock, StoreException damage) {
        List<UploadItem> salvaged = LocalDatabase.salvageUploadJournal(database);
        Path aside;
        try {
            String suffix = "damaged-" + ASIDE_STAMP.format(Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
            aside = PrivateFiles.moveAside(database, suffix);
            // SQLite's companions of the damaged file would be read as part of the new one.
            for (String companion : List.of("-wal", "-shm")) {
                Path extra = database.resolveSibling(database.getFileName() + companion);
                if (Files.exists(extra)) {
                    PrivateFiles.moveAside(extra, suffix);
                }
            }
        } catch (IOException e) {
            damage.addSuppressed(e);
            throw damage; // cannot make room for a new file: the original report stands
        }
        LocalDatabase fresh = LocalDatabase.open(database, LocalDatabase.DEFAULT_BUSY_TIMEOUT, clock);
        fresh.uploadJournal().record(salvaged);
        writeMarker(marker(database), database);
        int unfinished = (int) salvaged.stream().filter(item -> !item.state().isFinal()).count();
        return new Opened(fresh, Optional.of(new DatabaseRecovery(DatabaseRecovery.Kind.DAMAGED, database, aside,
                unfinished)));
    }

    private static boolean isMissingOrEmpty(Path database) {
        try {
            return !Files.exists(database) || Files.size(database) == 0;
        } catch (IOException unreadable) {
            return false; // opening it says what is wrong
        }
    }

    private static Path marker(Path database) {
        return database.resolveSibling(database.getFileName() + ".made");
    }

    private static void writeMarker(Path marker, Path database) {
        if (Files.exists(marker)) {
            return;
        }
        try {
            PrivateFiles.writeAtomically(marker, "X-Ray Desk made " + database.getFileName()
                    + " here; if the database goes missing while this file stays, its loss is reported.\n");
        } catch (IOException e) {
            // Without the marker a later loss goes unnoticed, but the database itself works: not fatal.
            LOG.log(Level.WARNING, "cannot write the database marker {0}: {1}", new Object[] {marker, e.getMessage()});
        }
    }
}
