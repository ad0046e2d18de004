package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void createsPrivateFileAtCurrentSchemaInWalMode() throws Exception {
        Path file = dir.resolve("sub/xraydesk.db");
        try (LocalDatabase db = LocalDatabase.open(file)) {
            assertEquals("ok", db.integrityCheck());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            assertEquals(Schema.CURRENT_VERSION, Schema.version(c));
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateAgain() {
        Path file = dir.resolve("x.db");
        UploadItem item = UploadItem.queued("r1", "/a.pdf", "a.pdf", 3, "abc", "application/pdf", "c", "p",
                "2024-01-01", Instant.now());
        try (LocalDatabase db = LocalDatabase.open(file)) {
            db.uploadJournal().enqueue(item);
        }
        try (LocalDatabase db = LocalDatabase.open(file)) {
            assertEquals(item, db.uploadJournal().find(item.id()).orElseThrow());
        }
    }

    @Test
    void garbageFileIsReportedAsCorrupt() throws Exception {
        Path file = dir.resolve("x.db");
        Files.write(file, "this is not a database, just some text that is long enough to have a header"
                .repeat(100).getBytes(StandardCharsets.UTF_8));
        StoreException e = assertThrows(StoreException.class, () -> LocalDatabase.open(file));
        assertEquals(StoreException.Kind.CORRUPT, e.kind());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals(List.of(), LocalDatabase.salvageUploadJournal(file));
    }

    @Test
    void databaseLockedByAnotherConnectionIsReportedAsLocked() throws Exception {
        Path file = dir.resolve("x.db");
        try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = holder.createStatement()) {
            s.execute("CREATE TABLE t (x)");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("INSERT INTO t VALUES (1)");
            long start = System.nanoTime();
            StoreException e = assertThrows(StoreException.class,
                    () -> LocalDatabase.open(file, Duration.ofMillis(200), Clock.systemUTC()));
            assertEquals(StoreException.Kind.LOCKED, e.kind());
            assertTrue(e.getMessage().contains("locked"), e.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5, "waited only the busy timeout");
            s.execute("ROLLBACK");
        }
        try (LocalDatabase db = LocalDatabase.open(file)) {
            assertEquals("ok", db.integrityCheck());
        }
    }

    @Test
    void damagedPageIsReportedAtOpenAndRowsBeforeItAreSalvaged() throws Exception {
        Path file = dir.resolve("x.db");
        List<UploadItem> items = new ArrayList<>();
        try (LocalDatabase db = LocalDatabase.open(file)) {
            for (int i = 0; i < 300; i++) {
                UploadItem item = UploadItem.queued("r1", "/documents/" + "long-folder-name/".repeat(10) + i,
                        "file" + i + ".pdf", i, "sha" + i, "application/pdf", null, null, null, Instant.now());
                db.uploadJournal().enqueue(item);
                items.add(item);
            }
        }
        // Damage the table page holding row 150 (file names are only in the table, not in its indexes).
        byte[] bytes = Files.readAllBytes(file);
        int row = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("file150.pdf");
        int pageSize = 4096;
        int pageStart = row / pageSize * pageSize;
        Arrays.fill(bytes, pageStart, pageStart + pageSize, (byte) 0x5A);
        Files.write(file, bytes);

        StoreException e = assertThrows(StoreException.class, () -> LocalDatabase.open(file));
        assertEquals(StoreException.Kind.CORRUPT, e.kind());

        List<UploadItem> salvaged = LocalDatabase.salvageUploadJournal(file);
        assertTrue(salvaged.size() >= 100 && salvaged.size() < 150, "salvaged " + salvaged.size());
        assertTrue(items.containsAll(salvaged), "salvaged rows are intact");
    }

    @Test
    void newerSchemaIsRefusedWithClearMessage() throws Exception {
        Path file = dir.resolve("x.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Schema.CURRENT_VERSION + 1));
        }
        StoreException e = assertThrows(StoreException.class, () -> LocalDatabase.open(file));
        assertEquals(StoreException.Kind.FAILED, e.kind());
        assertTrue(e.getMessage().contains("newer version"), e.getMessage());
    }

    @Test
    void salvageReadsJournalRowsOfAFileThatCanNoLongerBeOpenedForWriting() throws Exception {
        Path file = dir.resolve("x.db");
        UploadItem item = UploadItem.queued("r1", "/a.pdf", "a.pdf", 3, "abc", null, null, null, null,
                Instant.now());
        try (LocalDatabase db = LocalDatabase.open(file)) {
            db.uploadJournal().enqueue(item);
            db.uploadJournal().markMediumCreated(item.id(), "m1", "{}");
        }
        List<UploadItem> salvaged = LocalDatabase.salvageUploadJournal(file);
        assertEquals(1, salvaged.size());
        assertEquals(UploadState.MEDIUM_CREATED, salvaged.get(0).state());
        assertEquals("m1", salvaged.get(0).mediumId());
        assertEquals(List.of(), LocalDatabase.salvageUploadJournal(dir.resolve("missing.db")));
    }
}
