package io.xraydesk.core.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.Period;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadJournal;
import io.xraydesk.store.UploadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The durable queue over real HTTP against the sandbox, with real files and injected faults. */
class UploadQueueTest {

    private static final DocumentDescription BANK_Q1 =
            new DocumentDescription(DocumentCategory.BANK_STATEMENT, Period.QUARTER, LocalDate.of(2024, 3, 31));
    private static final DocumentDescription OTHER = new DocumentDescription(DocumentCategory.OTHER, null, null);

    @TempDir
    Path dir;
    private UploadFixture sandbox;
    private LocalDatabase database;
    private UploadQueue queue;

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private RunningQueue running;

    private UploadQueue start(SandboxConfig.Builder config, int concurrency) {
        running = new RunningQueue(dir, config, concurrency);
        sandbox = running.sandbox;
        database = running.database;
        queue = running.queue;
        return queue;
    }

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void severalFilesEndOnlineAndTheSandboxHoldsTheirBytes() throws Exception {
        start(SandboxConfig.builder(), 3);
        String requestId = sandbox.createRequest();
        Map<UUID, Integer> lastPercent = new ConcurrentHashMap<>();
        List<OverallProgress> overall = java.util.Collections.synchronizedList(new ArrayList<>());
        queue.addListener((status, batch) -> {
            lastPercent.put(status.id(), status.percent());
            overall.add(batch);
        });
        List<Path> files = List.of(
                TestDocuments.pdf(dir, "bilan 2023.pdf", "Bilan 2023 total actif 1 234 567"),
                TestDocuments.pdf(dir, "releve mars.pdf", "Releve mars 2024 solde 12 000"),
                TestDocuments.png(dir, "scan-1.png", 300_000, 1),
                TestDocuments.png(dir, "scan-2.png", 700_000, 2),
                TestDocuments.png(dir, "scan-3.png", 50_000, 3));
        List<UUID> ids = new ArrayList<>();
        for (Path file : files) {
            EnqueueResult result = queue.enqueue(requestId, file, file.toString().endsWith(".pdf") ? BANK_Q1 : OTHER);
            assertTrue(result.isQueued(), result.refusals().toString());
            ids.add(result.queued().id());
        }
        assertTrue(queue.awaitIdle(Duration.ofSeconds(30)));

        for (UUID id : ids) {
            UploadItem item = database.uploadJournal().find(id).orElseThrow();
            assertEquals(UploadState.ONLINE, item.state(), item.fileName() + " " + item.failureMessage());
            assertEquals(100, lastPercent.get(id));
        }
        List<String> expected = new ArrayList<>();
        for (Path file : files) {
            expected.add(TestDocuments.sha256(file));
        }
        assertEquals(expected.stream().sorted().toList(), sandbox.onlineSha256(requestId));
        JsonNode bank = sandbox.media(requestId).stream()
                .filter(m -> m.path("name").asText().equals("bank_statement")).findFirst().orElseThrow();
        assertEquals("quarter", bank.path("meta").path("period").asText());
        assertEquals("2024-03-31", bank.path("meta").path("date").asText());
        JsonNode counters = sandbox.state().path("counters");
        assertEquals(5, counters.path("createMedium").asInt());
        assertEquals(5, counters.path("finaliseMedium").asInt());
        assertEquals(0, counters.path("s3RejectedWithApiHeaders").asInt(), "API credentials reached the storage");
        OverallProgress last = overall.get(overall.size() - 1);
        assertEquals(1.0, last.fraction());
        assertEquals(0, last.filesLeft());
        assertFalse(queue.hasActiveWork());
    }

    @Test
    void badFilesAndDescriptionsAreRefusedWithTheirReasonAndNeverSent() throws Exception {
        start(SandboxConfig.builder(), 2);
        String requestId = sandbox.createRequest();
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        Path text = Files.writeString(dir.resolve("notes.pdf"), "just some text, not a PDF at all");
        Path good = TestDocuments.png(dir, "good.png", 10_000, 9);

        assertEquals(List.of("empty.pdf is empty (0 bytes)."), queue.enqueue(requestId, empty, OTHER).refusals());
        assertTrue(queue.enqueue(requestId, text, OTHER).refusals().get(0).startsWith("notes.pdf"));
        EnqueueResult future = queue.enqueue(requestId, good, new DocumentDescription(DocumentCategory.BANK_STATEMENT,
                Period.MONTH, LocalDate.now().plusDays(3)));
        assertFalse(future.isQueued());
        EnqueueResult wrongPeriod = queue.enqueue(requestId, good,
                new DocumentDescription(DocumentCategory.CERTIFIED_FINANCIAL_STATEMENT, Period.MONTH, null));
        assertFalse(wrongPeriod.isQueued());

        UUID goodId = queue.enqueue(requestId, good, OTHER).queued().id();
        Path copy = Files.copy(good, dir.resolve("copy of good.png"));
        EnqueueResult duplicate = queue.enqueue(requestId, copy, OTHER);
        // good.png moves on while it is sent: the message names whichever state it had then.
        assertEquals(1, duplicate.refusals().size());
        assertTrue(duplicate.refusals().get(0).startsWith(
                "copy of good.png: the same content is already in this request's uploads as good.png ("),
                duplicate.refusals().get(0));
        assertFalse(queue.check(requestId, copy).isAccepted());
        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));
        List<UploadItem> rows = database.uploadJournal().forRequest(requestId);
        assertEquals(List.of(UploadState.REFUSED, UploadState.REFUSED, UploadState.REFUSED, UploadState.REFUSED,
                UploadState.ONLINE, UploadState.REFUSED), rows.stream().map(UploadItem::state).toList(),
                "every file named is in the journal; the refused ones keep their reason");
        assertEquals("empty.pdf is empty (0 bytes).", rows.get(0).failureMessage());
        assertEquals(duplicate.refusals().get(0), rows.get(5).failureMessage());
        assertEquals(List.of(goodId), queue.statuses(requestId).stream().map(UploadStatus::id).toList());
        assertEquals(1, sandbox.counter("createMedium"));
    }

    @Test
    void storageFailuresRetriesAndRateLimitsEndOnlineWithoutDuplicates() throws Exception {
        start(SandboxConfig.builder(), 3);
        String requestId = sandbox.createRequest();
        sandbox.fault(true, "{\"kind\":\"status500\",\"count\":1}");
        sandbox.fault(true, "{\"kind\":\"reset\",\"count\":1}");
        sandbox.fault(false, "{\"kind\":\"status429\",\"method\":\"POST\",\"path\":\"/media\",\"count\":2,"
                + "\"retryAfterSeconds\":0}");
        sandbox.fault(false, "{\"kind\":\"reset\",\"method\":\"POST\",\"path\":\"/media/*\",\"count\":1}");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Path file = TestDocuments.png(dir, "page-" + i + ".png", 200_000 + i, 20 + i);
            files.add(file);
            assertTrue(queue.enqueue(requestId, file, OTHER).isQueued());
        }
        assertTrue(queue.awaitIdle(Duration.ofSeconds(30)));

        for (UploadItem item : database.uploadJournal().forRequest(requestId)) {
            assertEquals(UploadState.ONLINE, item.state(), item.fileName() + ": " + item.failureMessage());
        }
        List<String> expected = new ArrayList<>();
        for (Path file : files) {
            expected.add(TestDocuments.sha256(file));
        }
        assertEquals(expected.stream().sorted().toList(), sandbox.onlineSha256(requestId));
        JsonNode counters = sandbox.state().path("counters");
        assertEquals(4, counters.path("createMedium").asInt());
        assertEquals(4, counters.path("finaliseMedium").asInt());
        assertEquals(5, counters.path("faultsInjected").asInt(), "429 twice, 500, two resets");
        assertEquals(0, counters.path("s3RejectedWithApiHeaders").asInt());
    }

    @Test
    void aStorageThatKeepsDroppingTheConnectionFailsTheFileInWordsAndRetryFinishesIt() throws Exception {
        start(SandboxConfig.builder(), 1);
        String requestId = sandbox.createRequest();
        sandbox.fault(true, "{\"kind\":\"reset\",\"count\":4}");
        UUID id = queue.enqueue(requestId, TestDocuments.png(dir, "scan.png", 100_000, 5), OTHER).queued().id();
        assertTrue(queue.awaitIdle(Duration.ofSeconds(30)));

        UploadStatus failed = queue.statuses(requestId).get(0);
        assertEquals(UploadState.FAILED, failed.state());
        assertEquals(FailureKind.NETWORK, failed.failure().orElseThrow().kind());
        assertTrue(failed.failure().orElseThrow().message().startsWith("Network problem"),
                failed.failure().orElseThrow().message());
        assertEquals(List.of(), sandbox.onlineSha256(requestId));

        assertTrue(queue.retry(id));
        assertTrue(queue.awaitIdle(Duration.ofSeconds(30)));
        assertEquals(UploadState.ONLINE, database.uploadJournal().find(id).orElseThrow().state());
        assertEquals(1, sandbox.onlineSha256(requestId).size());
        assertEquals(1, sandbox.counter("finaliseMedium"));
    }

    @Test
    void expiredUploadDataLeftByACrashIsRenewedWithoutAsking() throws Exception {
        // Long enough for the renewed upload data to be used in time on a busy machine; the first runs out below.
        start(SandboxConfig.builder().uploadPolicyTtl(Duration.ofSeconds(2)), 1);
        String requestId = sandbox.createRequest();
        Path file = TestDocuments.png(dir, "scan.png", 80_000, 11);
        UploadItem item = journalled(requestId, file);
        MediumDraft draft = sandbox.client.createMedium(new NewMedium("other", requestId,
                new MediumMeta("scan.png", null, null), "image/png", Files.size(file)));
        database.uploadJournal().markMediumCreated(item.id(), draft.medium().id(),
                WireJson.mapper().writeValueAsString(draft.upload()));
        Thread.sleep(3100);

        assertEquals(1, queue.resumeUnfinished());
        assertTrue(queue.awaitIdle(Duration.ofSeconds(30)));

        UploadItem done = database.uploadJournal().find(item.id()).orElseThrow();
        assertEquals(UploadState.ONLINE, done.state(), done.failureMessage());
        assertEquals(2, sandbox.counter("createMedium"));
        assertEquals(1, sandbox.counter("s3Rejected"));
        assertEquals(List.of(TestDocuments.sha256(file)), sandbox.onlineSha256(requestId));
    }

    @Test
    void aFileFinalisedJustBeforeACrashIsMarkedOnlineWithoutFinalisingAgain() throws Exception {
        start(SandboxConfig.builder(), 1);
        String requestId = sandbox.createRequest();
        Path file = TestDocuments.png(dir, "scan.png", 60_000, 12);
        UploadItem item = journalled(requestId, file);
        MediumDraft draft = sandbox.client.createMedium(new NewMedium("other", requestId,
                new MediumMeta("scan.png", null, null), "image/png", Files.size(file)));
        UploadJournal journal = database.uploadJournal();
        journal.markMediumCreated(item.id(), draft.medium().id(), WireJson.mapper().writeValueAsString(draft.upload()));
        sandbox.uploader.upload(draft.upload(), file, "image/png", null, null);
        journal.markUploaded(item.id(), item.sha256());
        sandbox.client.finaliseMedium(draft.medium().id(), MediumFinalisation.online(null, null));

        queue.resumeUnfinished();
        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));

        assertEquals(UploadState.ONLINE, journal.find(item.id()).orElseThrow().state());
        assertEquals(1, sandbox.counter("finaliseMedium"));
        assertEquals(1, sandbox.counter("s3Uploads"));
    }

    @Test
    void aFileWhoseSizeChangedSinceItWasCheckedIsNeverSent() throws Exception {
        UploadItem item = queuedThenRewritten(70_000);

        UploadStatus status = queue.statuses(item.requestId()).get(0);
        assertEquals(UploadState.FAILED, status.state());
        assertEquals(FailureKind.FILE_CHANGED, status.failure().orElseThrow().kind());
        assertEquals(0, sandbox.counter("s3Uploads"));
        assertEquals(item.id(), status.id());
    }

    @Test
    void aFileWhoseSentBytesDifferFromTheCheckedOnesIsNeverPutOnlineAndIsSentAgainAsANewVersion() throws Exception {
        UploadItem item = queuedThenRewritten(60_000); // same size, other bytes: only the sent digest shows it
        Path file = Path.of(item.filePath());

        UploadStatus status = queue.statuses(item.requestId()).get(0);
        assertEquals(FailureKind.FILE_CHANGED, status.failure().orElseThrow().kind());
        assertTrue(status.failure().orElseThrow().message().contains("changed while sending"),
                status.failure().orElseThrow().message());
        assertEquals(1, sandbox.counter("s3Uploads"));
        assertEquals(0, sandbox.counter("finaliseMedium"), "the changed bytes are never put online");

        assertTrue(queue.retry(item.id()));
        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));
        UploadItem sent = database.uploadJournal().find(item.id()).orElseThrow();
        assertEquals(UploadState.ONLINE, sent.state());
        assertEquals(TestDocuments.sha256(file), sent.sha256(), "the new version's fingerprint is recorded");
        assertEquals(1, sandbox.counter("finaliseMedium"));
    }

    @Test
    void refusedCredentialsHaltTheQueueAndKeepTheFileQueuedUntilResumed() throws Exception {
        start(SandboxConfig.builder(), 1);
        String requestId = sandbox.createRequest();
        AtomicBoolean halted = new AtomicBoolean();
        queue.addListener(new UploadQueueListener() {
            @Override
            public void changed(UploadStatus status, OverallProgress overall) {
            }

            @Override
            public void haltedForCredentials() {
                halted.set(true);
            }
        });
        sandbox.fault(false, "{\"kind\":\"unauthorized\",\"path\":\"/media\",\"count\":1}");
        UUID id = queue.enqueue(requestId, TestDocuments.png(dir, "scan.png", 30_000, 15), OTHER).queued().id();
        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));

        assertTrue(halted.get());
        assertTrue(queue.isHalted());
        assertEquals(UploadState.QUEUED, database.uploadJournal().find(id).orElseThrow().state());

        assertEquals(1, queue.resumeUnfinished());
        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));
        assertEquals(UploadState.ONLINE, database.uploadJournal().find(id).orElseThrow().state());
    }

    @Test
    void cancellingStopsATransferInFlightAndAWaitingFile() throws Exception {
        start(SandboxConfig.builder(), 1);
        String requestId = sandbox.createRequest();
        sandbox.fault(true, "{\"kind\":\"hang\",\"count\":1}");
        UUID first = queue.enqueue(requestId, TestDocuments.png(dir, "a.png", 40_000, 16), OTHER).queued().id();
        UUID second = queue.enqueue(requestId, TestDocuments.png(dir, "b.png", 40_000, 17), OTHER).queued().id();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sandbox.counter("faultsInjected") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(queue.hasActiveWork());

        assertEquals(2, queue.cancelAll(requestId));
        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));

        assertEquals(UploadState.CANCELLED, database.uploadJournal().find(first).orElseThrow().state());
        assertEquals(UploadState.CANCELLED, database.uploadJournal().find(second).orElseThrow().state());
        assertEquals(0, sandbox.counter("finaliseMedium"));
        assertFalse(queue.retry(first), "a cancelled file is not failed: it is added again instead");
    }

    /** A 60,000-byte file queued, rewritten to {@code newSize} other bytes, then resumed until idle. */
    private UploadItem queuedThenRewritten(int newSize) throws Exception {
        start(SandboxConfig.builder(), 1);
        String requestId = sandbox.createRequest();
        UploadItem item = journalled(requestId, TestDocuments.png(dir, "scan.png", 60_000, 13));
        TestDocuments.png(dir, "scan.png", newSize, 14);
        queue.resumeUnfinished();
        assertTrue(queue.awaitIdle(Duration.ofSeconds(10)));
        return item;
    }

    /** A file written to the journal as the queue does, as if the application stopped right after. */
    private UploadItem journalled(String requestId, Path file) throws Exception {
        UploadItem item = UploadItem.queued(requestId, file.toString(), file.getFileName().toString(), Files.size(file),
                TestDocuments.sha256(file), "image/png", "other", null, null, Instant.now());
        database.uploadJournal().enqueue(item);
        return item;
    }
}
