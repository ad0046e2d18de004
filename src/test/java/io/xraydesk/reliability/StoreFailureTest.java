package io.xraydesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.store.AppPaths;
import io.xraydesk.store.DatabaseRecovery;
import io.xraydesk.store.LoadResult;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RecoveringOpen;
import io.xraydesk.store.Settings;
import io.xraydesk.store.SettingsStore;
import io.xraydesk.store.StoreException;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadJournal;
import io.xraydesk.store.UploadState;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local store when things go wrong underneath it: a damaged file, a file another program keeps
 * locked, a data folder that is gone, a disk that fills up while the journal is written. Each gives a
 * clear {@link StoreException} (or quietly recreates what is missing), never a crash, and the journal
 * rows of files already online are never lost.
 */
class StoreFailureTest {

    private static final String REQUEST = "6413297aad6e59418e774901";

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotADatabaseIsReportedAsCorrupt() throws IOException {
        Path file = Files.writeString(dir.resolve("xraydesk.db"), "these bytes were never a database".repeat(200));
        StoreException failure = assertThrows(StoreException.class, () -> LocalDatabase.open(file));
        assertEquals(StoreException.Kind.CORRUPT, failure.kind());
        assertClear(failure, file);
    }

    @Test
    void aDamagedPageIsReportedAndTheOnlineRowsBeforeItAreSalvaged() throws IOException {
        Path file = dir.resolve("xraydesk.db");
        List<UploadItem> online = new ArrayList<>();
        try (LocalDatabase database = LocalDatabase.open(file)) {
            UploadJournal journal = database.uploadJournal();
            online.addAll(onlineItems(journal, 3));
            for (int i = 0; i < 400; i++) {
                journal.enqueue(item("filler-" + i + ".pdf", "x".repeat(400)));
            }
        }
        damageTheLastPages(file);
        StoreException failure = assertThrows(StoreException.class, () -> LocalDatabase.open(file));
        assertEquals(StoreException.Kind.CORRUPT, failure.kind());
        assertClear(failure, file);
        List<String> salvaged = LocalDatabase.salvageUploadJournal(file).stream()
                .filter(i -> i.state() == UploadState.ONLINE).map(UploadItem::fileName).toList();
        assertEquals(online.stream().map(UploadItem::fileName).toList(), salvaged);
    }

    @Test
    void aDatabaseLockedByAnotherProgramIsReportedAndNothingIsLost() throws Exception {
        Path file = dir.resolve("xraydesk.db");
        try (LocalDatabase database = LocalDatabase.open(file, Duration.ofMillis(200), Clock.systemUTC())) {
            UploadJournal journal = database.uploadJournal();
            List<UploadItem> online = onlineItems(journal, 2);
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement lock = other.createStatement()) {
                lock.execute("BEGIN EXCLUSIVE");
                StoreException failure = assertThrows(StoreException.class,
                        () -> journal.enqueue(item("while-locked.pdf", null)));
                assertEquals(StoreException.Kind.LOCKED, failure.kind());
                assertClear(failure, file);
                lock.execute("ROLLBACK");
            }
            journal.enqueue(item("after-the-lock.pdf", null));
            assertEquals(3, journal.forRequest(REQUEST).size());
            assertTrue(journal.forRequest(REQUEST).stream().map(UploadItem::id).toList()
                    .containsAll(online.stream().map(UploadItem::id).toList()));
        }
    }

    @Test
    void aMissingDataFolderIsRecreatedWithDefaults() throws IOException {
        AppPaths paths = AppPaths.at(dir.resolve("removed").resolve("XRayDesk"));
        LoadResult loaded = SettingsStore.forApp(paths).load();
        assertEquals(Settings.DEFAULTS.profiles(), loaded.settings().profiles());
        assertEquals(List.of(), loaded.problems());
        SettingsStore.forApp(paths).save(loaded.settings());
        try (LocalDatabase database = LocalDatabase.open(paths.database())) {
            database.uploadJournal().enqueue(item("first.pdf", null));
            assertEquals(1, database.uploadJournal().forRequest(REQUEST).size());
        }
        assertTrue(Files.isRegularFile(paths.settingsFile()));
    }

    /**
     * A real full disk: a 2 MiB tmpfs mounted for the test (root only; skipped, and says so,
     * elsewhere). The journal is written until the disk refuses; the failure is a clear FAILED store
     * error, and after space comes back every row committed before it — the online ones first — is there.
     */
    @Test
    void aFullDiskWhileWritingTheJournalIsReportedAndCommittedRowsSurvive() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("tiny-disk"));
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=2m,mode=700", "tmpfs", mount.toString());
        if (!mounted) {
            System.out.println("SKIPPED full-disk case: cannot mount a small tmpfs here (needs root)");
        }
        Assumptions.assumeTrue(mounted, "cannot mount a small tmpfs here (needs root)");
        try {
            Path file = mount.resolve("xraydesk.db");
            Path ballast = mount.resolve("ballast");
            int committed;
            StoreException failure;
            try (LocalDatabase database = LocalDatabase.open(file)) {
                UploadJournal journal = database.uploadJournal();
                List<UploadItem> online = onlineItems(journal, 3);
                committed = online.size();
                fill(ballast, 1024 * 1024);
                failure = null;
                for (int i = 0; i < 10_000 && failure == null; i++) {
                    try {
                        journal.enqueue(item("more-" + i + ".pdf", "y".repeat(4000)));
                        committed++;
                    } catch (StoreException full) {
                        failure = full;
                    }
                }
            }
            assertTrue(failure != null, "the disk never filled up");
            assertEquals(StoreException.Kind.FAILED, failure.kind());
            assertClear(failure, file);
            System.out.println("full disk after " + committed + " journal rows: " + failure.getMessage());

            Files.delete(ballast);
            try (LocalDatabase reopened = LocalDatabase.open(file)) {
                List<UploadItem> rows = reopened.uploadJournal().forRequest(REQUEST);
                assertEquals(committed, rows.size());
                assertEquals(3, rows.stream().filter(i -> i.state() == UploadState.ONLINE).count());
            }
        } finally {
            run("umount", mount.toString());
        }
    }

    @Test
    void aDatabaseEmptiedOrDeletedBehindTheApplicationsBackIsNoticedAndSaid() throws IOException {
        Path file = dir.resolve("xraydesk.db");
        try (RecoveringOpen.Opened first = open(file)) {
            assertEquals(Optional.empty(), first.recovery());
            first.database().uploadJournal().enqueue(item("waiting.pdf", null));
        }
        Files.write(file, new byte[0]); // truncated to 0 bytes by another program
        try (RecoveringOpen.Opened second = open(file)) {
            DatabaseRecovery recovery = second.recovery().orElseThrow();
            assertEquals(DatabaseRecovery.Kind.LOST, recovery.kind());
            assertEquals(List.of(file.toString()), recovery.messageArgs());
        }
        try (RecoveringOpen.Opened third = open(file)) {
            assertEquals(Optional.empty(), third.recovery(), "said once: the new database is the one now");
        }
        Files.delete(file);
        try (RecoveringOpen.Opened fourth = open(file)) {
            assertEquals(DatabaseRecovery.Kind.LOST, fourth.recovery().orElseThrow().kind());
        }
    }

    @Test
    void aDamagedDatabaseIsMovedAsideAndItsUnfinishedUploadsCarryOnInANewOne() throws IOException {
        Path file = dir.resolve("xraydesk.db");
        List<UploadItem> online = new ArrayList<>();
        try (RecoveringOpen.Opened first = open(file)) {
            UploadJournal journal = first.database().uploadJournal();
            online.addAll(onlineItems(journal, 3));
            for (int i = 0; i < 400; i++) {
                journal.enqueue(item("filler-" + i + ".pdf", "x".repeat(400)));
            }
        }
        damageTheLastPages(file);
        byte[] damaged = Files.readAllBytes(file);

        try (RecoveringOpen.Opened reopened = open(file)) {
            DatabaseRecovery recovery = reopened.recovery().orElseThrow();
            assertEquals(DatabaseRecovery.Kind.DAMAGED, recovery.kind());
            assertTrue(recovery.movedAside().getFileName().toString().startsWith("xraydesk.db.damaged-"),
                    recovery.movedAside().toString());
            assertTrue(Arrays.equals(damaged, Files.readAllBytes(recovery.movedAside())), "kept as it was");
            List<UploadItem> rows = reopened.database().uploadJournal().forRequest(REQUEST);
            long unfinished = rows.stream().filter(i -> i.state() == UploadState.QUEUED).count();
            assertTrue(unfinished > 0, "some unfinished uploads were readable before the damage");
            assertEquals(unfinished, recovery.salvagedUploads());
            assertEquals(online.stream().map(UploadItem::id).toList(), rows.stream()
                    .filter(i -> i.state() == UploadState.ONLINE).map(UploadItem::id).toList());
            assertEquals("ok", reopened.database().integrityCheck());
        }
    }

    private static RecoveringOpen.Opened open(Path file) {
        return RecoveringOpen.open(file);
    }

    private static List<UploadItem> onlineItems(UploadJournal journal, int count) {
        List<UploadItem> online = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UploadItem item = item("online-" + i + ".pdf", null);
            journal.enqueue(item);
            assertTrue(journal.markMediumCreated(item.id(), "6413297aad6e59418e7750" + (10 + i), "{}"));
            assertTrue(journal.markUploaded(item.id(), item.sha256()));
            assertTrue(journal.markOnline(item.id()));
            online.add(item);
        }
        return online;
    }

    private static UploadItem item(String name, String padding) {
        String path = "/data/" + name + (padding == null ? "" : "#" + padding);
        return UploadItem.queued(REQUEST, path, name, 1234, Integer.toHexString(name.hashCode()).repeat(8),
                "application/pdf", "certified_financial_statement", "year", "2023-12-31", Instant.now());
    }

    private static void assertClear(StoreException failure, Path file) {
        assertNull(ClearMessages.problemOf(failure.getMessage(), List.of()), failure.getMessage());
        assertTrue(failure.getMessage().contains(file.getFileName().toString()), failure.getMessage());
    }

    /** Overwrites the last quarter of the file with garbage: the late pages hold the filler rows. */
    private static void damageTheLastPages(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long length = raf.length();
            long from = length - length / 4;
            raf.seek(from);
            byte[] garbage = "DAMAGED-PAGE-".repeat((int) (length / 4 / 13) + 1).getBytes(StandardCharsets.US_ASCII);
            raf.write(garbage, 0, (int) (length - from));
        }
    }

    private static void fill(Path ballast, int chunk) throws IOException {
        byte[] zeros = new byte[chunk];
        try (var out = Files.newOutputStream(ballast)) {
            while (true) {
                out.write(zeros);
            }
        } catch (IOException noSpaceLeft) {
            // the ballast took what it could; a few KiB stay free, as on a real nearly-full disk
        }
        // leave a little room so the journal fills the disk itself
        try (RandomAccessFile raf = new RandomAccessFile(ballast.toFile(), "rw")) {
            raf.setLength(Math.max(0, raf.length() - 64 * 1024));
        }
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException unavailable) {
            return false;
        }
    }
}
