package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadJournalTest {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");
    private static final Instant NOW = Instant.parse("2026-01-02T04:00:00Z");

    @TempDir
    Path dir;
    private LocalDatabase db;
    private UploadJournal journal;

    @BeforeEach
    void open() {
        db = LocalDatabase.open(dir.resolve("x.db"), Duration.ofSeconds(1), Clock.fixed(NOW, ZoneOffset.UTC));
        journal = db.uploadJournal();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private UploadItem item(String requestId, String sha) {
        return UploadItem.queued(requestId, "/docs/" + sha + ".pdf", sha + ".pdf", 1234, sha, "application/pdf",
                "balance_sheet", "annual", "2025-12-31", T0);
    }

    @Test
    void enqueuedItemIsFoundWithEveryField() {
        UploadItem item = item("r1", "aa");
        journal.enqueue(item);
        assertEquals(Optional.of(item), journal.find(item.id()));
        assertEquals(Optional.empty(), journal.find(UUID.randomUUID()));
    }

    @Test
    void sameIdTwiceIsRefused() {
        UploadItem item = item("r1", "aa");
        journal.enqueue(item);
        StoreException e = assertThrows(StoreException.class, () -> journal.enqueue(item));
        assertEquals(StoreException.Kind.FAILED, e.kind());
    }

    @Test
    void happyPathWalksEveryStateOnce() {
        UploadItem item = item("r1", "aa");
        journal.enqueue(item);
        assertFalse(journal.markUploaded(item.id()), "cannot upload before a medium exists");
        assertFalse(journal.markOnline(item.id()), "cannot finalise before the upload");

        assertTrue(journal.markMediumCreated(item.id(), "m1", "{\"url\":\"a\"}"));
        assertTrue(journal.markMediumCreated(item.id(), "m1", "{\"url\":\"b\"}"), "fresh form data");
        UploadItem created = journal.find(item.id()).orElseThrow();
        assertEquals(UploadState.MEDIUM_CREATED, created.state());
        assertEquals("{\"url\":\"b\"}", created.uploadTargetJson());
        assertEquals(2, created.attempts());
        assertEquals(NOW, created.updatedAt());
        assertEquals(T0, created.createdAt());

        assertTrue(journal.markUploaded(item.id()));
        assertFalse(journal.markMediumCreated(item.id(), "m2", "{}"), "no new medium after the upload");
        assertTrue(journal.markOnline(item.id()));
        assertFalse(journal.markOnline(item.id()), "a file is never finalised twice");
        assertFalse(journal.cancel(item.id()));
        assertFalse(journal.markFailed(item.id(), "x", "y"));

        UploadItem online = journal.find(item.id()).orElseThrow();
        assertEquals(UploadState.ONLINE, online.state());
        assertEquals("m1", online.mediumId());
        assertNull(online.uploadTargetJson(), "expired storage data is not kept");
    }

    @Test
    void failedItemIsParkedThenRequeuedForAFreshAttempt() {
        UploadItem item = item("r1", "aa");
        journal.enqueue(item);
        journal.markMediumCreated(item.id(), "m1", "{}");
        assertFalse(journal.requeue(item.id()), "only failed items are requeued");
        assertTrue(journal.markFailed(item.id(), "NETWORK", "connection reset"));

        assertEquals(List.of(), journal.resumable());
        UploadItem failed = journal.failed().get(0);
        assertEquals("NETWORK", failed.failureKind());
        assertEquals("connection reset", failed.failureMessage());

        assertTrue(journal.requeue(item.id()));
        UploadItem requeued = journal.find(item.id()).orElseThrow();
        assertEquals(UploadState.CHECKING, requeued.state(), "a retried file is checked again first");
        assertEquals("", requeued.sha256());
        assertNull(requeued.failureKind());
        assertNull(requeued.mediumId());
        assertEquals(1, requeued.attempts(), "attempts count survives a requeue");
        assertEquals(List.of(requeued), journal.resumable());
    }

    @Test
    void cancelWorksUntilOnlineAndFreesTheDuplicateGuard() {
        UploadItem item = item("r1", "aa");
        journal.enqueue(item);
        assertEquals(item.id(), journal.findBySha("r1", "aa").orElseThrow().id());
        assertEquals(Optional.empty(), journal.findBySha("r2", "aa"), "other request");
        assertTrue(journal.cancel(item.id()));
        assertFalse(journal.cancel(item.id()));
        assertEquals(Optional.empty(), journal.findBySha("r1", "aa"));
        assertEquals(List.of(), journal.resumable());
        assertEquals(List.of(), journal.failed());
    }

    @Test
    void listsByRequestAndByStateInInsertionOrder() {
        UploadItem a = item("r1", "aa");
        UploadItem b = item("r1", "bb");
        UploadItem c = item("r2", "cc");
        journal.enqueue(a);
        journal.enqueue(b);
        journal.enqueue(c);
        journal.markMediumCreated(b.id(), "m", "{}");
        journal.markUploaded(b.id());
        journal.markFailed(c.id(), "SERVER", "500");

        assertEquals(List.of(a.id(), b.id()), journal.forRequest("r1").stream().map(UploadItem::id).toList());
        assertEquals(List.of(a.id(), b.id()), journal.resumable().stream().map(UploadItem::id).toList());
        assertEquals(List.of(c.id()), journal.failed().stream().map(UploadItem::id).toList());
    }

    @Test
    void transitionOfUnknownIdDoesNotApply() {
        assertFalse(journal.markMediumCreated(UUID.randomUUID(), "m", "{}"));
        assertFalse(journal.cancel(UUID.randomUUID()));
    }
}
