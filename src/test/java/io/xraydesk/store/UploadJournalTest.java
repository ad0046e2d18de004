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
        assertFalse(journal.markUploaded(item.id(), item.sha256()), "cannot upload before a medium exists");
        assertFalse(journal.markOnline(item.id()), "cannot finalise before the upload");

        assertTrue(journal.markMediumCreated(item.id(), "m1", "{\"url\":\"a\"}"));
        assertTrue(journal.markMediumCreated(item.id(), "m1", "{\"url\":\"b\"}"), "fresh form data");
        UploadItem created = journal.find(item.id()).orElseThrow();
        assertEquals(UploadState.MEDIUM_CREATED, created.state());
        assertEquals("{\"url\":\"b\"}", created.uploadTargetJson());
        assertEquals(2, created.attempts());
        assertEquals(NOW, created.updatedAt());
        assertEquals(T0, created.createdAt());

        assertTrue(journal.markUploaded(item.id(), item.sha256()));
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
        UUID other = UUID.randomUUID();
        assertEquals(item.id(), journal.findCopy("r1", other, "aa", null).orElseThrow().id());
        assertEquals(Optional.empty(), journal.findCopy("r1", item.id(), "aa", null), "not a copy of itself");
        assertEquals(Optional.empty(), journal.findCopy("r2", other, "aa", null), "other request");
        assertTrue(journal.cancel(item.id()));
        assertFalse(journal.cancel(item.id()));
        assertEquals(Optional.empty(), journal.findCopy("r1", other, "aa", null));
        assertEquals(List.of(), journal.resumable());
        assertEquals(List.of(), journal.failed());
    }

    @Test
    void theChecksQueueAFileByItsIdentityAndRefuseTheSameFileTwice() {
        UploadItem first = UploadItem.checking("r1", "/docs/a.pdf", "a.pdf", "other", null, null, T0);
        UploadItem again = UploadItem.checking("r1", "/docs/link-to-a.pdf", "link-to-a.pdf", "other", null, null, T0);
        UploadItem elsewhere = UploadItem.checking("r2", "/docs/a.pdf", "a.pdf", "other", null, null, T0);
        journal.record(List.of(first, again, elsewhere));

        assertTrue(journal.markChecked(first.id(), 1234, "1234|t|ino=7", "", "application/pdf"));
        assertFalse(journal.markChecked(again.id(), 1234, "1234|t|ino=7", "", "application/pdf"), "the same file");
        assertTrue(journal.markChecked(elsewhere.id(), 1234, "1234|t|ino=7", "", "application/pdf"));
        UploadItem queued = journal.find(first.id()).orElseThrow();
        assertEquals(UploadState.QUEUED, queued.state());
        assertEquals("", queued.sha256(), "no fingerprint until the sending takes one");
        assertEquals("1234|t|ino=7", queued.fileIdentity());
        assertEquals(first.id(), journal.findCopy("r1", again.id(), "", "1234|t|ino=7").orElseThrow().id());
    }

    @Test
    void theFingerprintOfTheSentBytesIsRecordedUnlessAnotherFileOfTheRequestHoldsThem() {
        UploadItem a = UploadItem.checking("r1", "/docs/a.pdf", "a.pdf", "other", null, null, T0);
        UploadItem copy = UploadItem.checking("r1", "/docs/copy.pdf", "copy.pdf", "other", null, null, T0);
        journal.record(List.of(a, copy));
        assertTrue(journal.markChecked(a.id(), 1234, "1234|t|ino=7", "", "application/pdf"));
        assertTrue(journal.markChecked(copy.id(), 1234, "1234|t|ino=8", "", "application/pdf"), "another file");
        journal.markMediumCreated(a.id(), "m1", "{}");
        journal.markMediumCreated(copy.id(), "m2", "{}");

        assertTrue(journal.markUploaded(a.id(), "aa"));
        assertEquals("aa", journal.find(a.id()).orElseThrow().sha256());
        assertFalse(journal.markUploaded(copy.id(), "aa"), "the same bytes as a.pdf");
        assertEquals(UploadState.MEDIUM_CREATED, journal.find(copy.id()).orElseThrow().state());
        assertTrue(journal.markSentDuplicate(copy.id(), "aa", "copy.pdf: the same content"));

        UploadItem refused = journal.find(copy.id()).orElseThrow();
        assertEquals(UploadState.REFUSED, refused.state());
        assertEquals("aa", refused.sha256());
        assertEquals("m2", refused.mediumId(), "the draft medium left on the server stays known");
        assertEquals("copy.pdf: the same content", refused.failureMessage());
        assertFalse(journal.markOnline(copy.id()), "never finalised");
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
        journal.markUploaded(b.id(), b.sha256());
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
