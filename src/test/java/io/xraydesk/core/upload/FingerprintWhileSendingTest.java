package io.xraydesk.core.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.FileInspector;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

/**
 * Each file read once on its way (docs/uploads.md, Fingerprints): the checks record its identity, the
 * sending's digest is its fingerprint, the duplicate guard is answered from it before the finalise,
 * and a file written after its check — before or during the sending — is never put online. Real files,
 * real HTTP to the sandbox.
 */
class FingerprintWhileSendingTest {

    private static final DocumentDescription OTHER = new DocumentDescription(DocumentCategory.OTHER, null, null);
    /** Well outside the racy window: the checks trust the file's identity and do not read it in full. */
    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minus(Duration.ofHours(1)));

    @TempDir
    Path dir;
    private RunningQueue running;
    private UploadFixture sandbox;
    private LocalDatabase database;
    private UploadQueue queue;
    /** The row of each file as the queue first published it: what its checks recorded. */
    private final Map<UUID, UploadItem> queuedRows = new ConcurrentHashMap<>();

    @BeforeAll
    static void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    private void start(SandboxConfig.Builder config, int concurrency) {
        running = new RunningQueue(dir, config, concurrency);
        sandbox = running.sandbox;
        database = running.database;
        queue = running.queue;
        queue.addListener((status, overall) -> {
            if (status.state() == UploadState.QUEUED) {
                queuedRows.putIfAbsent(status.id(), status.item());
            }
        });
    }

    @AfterEach
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void anOldFileIsQueuedByItsIdentityAndFingerprintedByItsSendingAJustWrittenOneByItsChecks() throws Exception {
        start(SandboxConfig.builder(), 1);
        String requestId = sandbox.createRequest();
        Path old = aged(TestDocuments.png(dir, "old.png", 300_000, 1));
        Path fresh = TestDocuments.png(dir, "fresh.png", 300_000, 2);

        UUID oldId = queue.enqueue(requestId, old, OTHER).queued().id();
        UUID freshId = queue.enqueue(requestId, fresh, OTHER).queued().id();
        assertTrue(queue.awaitIdle(Duration.ofSeconds(30)));

        assertEquals("", queuedRows.get(oldId).sha256(), "the checks did not read the old file in full");
        assertNotNull(queuedRows.get(oldId).fileIdentity());
        assertEquals(TestDocuments.sha256(fresh), queuedRows.get(freshId).sha256(),
                "a file written within the racy window is fingerprinted by its checks");
        for (UUID id : List.of(oldId, freshId)) {
            assertEquals(UploadState.ONLINE, database.uploadJournal().find(id).orElseThrow().state());
        }
        assertEquals(TestDocuments.sha256(old), database.uploadJournal().find(oldId).orElseThrow().sha256(),
                "the digest of the sent bytes is the fingerprint");
        assertEquals(List.of(TestDocuments.sha256(old), TestDocuments.sha256(fresh)).stream().sorted().toList(),
                sandbox.onlineSha256(requestId));
    }

    @Test
    void aCopyFoundWhileSendingIsRefusedAsTheDuplicateItIsAndNeverFinalised() throws Exception {
        start(SandboxConfig.builder(), 1);
        String requestId = sandbox.createRequest();
        Path original = aged(TestDocuments.png(dir, "statement.png", 200_000, 3));
        Path copy = aged(Files.copy(original, dir.resolve("statement (copy).png")));

        UUID originalId = queue.enqueue(requestId, original, OTHER).queued().id();
        EnqueueResult copied = queue.enqueue(requestId, copy, OTHER);
        assertTrue(copied.isQueued(), "another file: its content is known only once it is read, while sent");
        assertTrue(queue.awaitIdle(Duration.ofSeconds(30)));

        assertEquals(UploadState.ONLINE, database.uploadJournal().find(originalId).orElseThrow().state());
        UploadItem refused = database.uploadJournal().find(copied.queued().id()).orElseThrow();
        assertEquals(UploadState.REFUSED, refused.state());
        assertEquals("statement (copy).png: the same content is already in this request's uploads as statement.png "
                + "(online); this copy was sent to the storage but not put online.", refused.failureMessage());
        assertEquals(TestDocuments.sha256(copy), refused.sha256());
        assertEquals(2, sandbox.counter("s3Uploads"));
        assertEquals(1, sandbox.counter("finaliseMedium"));
        assertEquals(List.of(TestDocuments.sha256(original)), sandbox.onlineSha256(requestId));
        JsonNode draft = sandbox.media(requestId).stream()
                .filter(m -> m.path("id").asText().equals(refused.mediumId())).findFirst().orElseThrow();
        assertEquals("draft", draft.path("status").asText(), "the copy's medium is left unpublished");
        assertEquals(List.of(originalId), queue.statuses(requestId).stream().map(UploadStatus::id).toList());
    }

    @Test
    void theSameFileNamedTwiceIsRefusedByItsIdentityBeforeAByteIsSent() throws Exception {
        start(SandboxConfig.builder(), 1);
        String requestId = sandbox.createRequest();
        Path file = aged(TestDocuments.png(dir, "scan.png", 100_000, 4));

        assertTrue(queue.enqueue(requestId, file, OTHER).isQueued());
        EnqueueResult again = queue.enqueue(requestId, file, OTHER);
        assertEquals(1, again.refusals().size());
        assertTrue(again.refusals().get(0).startsWith(
                "scan.png: the same content is already in this request's uploads as scan.png ("), again.refusals().get(0));
        assertFalse(queue.check(requestId, file).isAccepted(), "the panel's check says it too");
        assertTrue(queue.awaitIdle(Duration.ofSeconds(30)));
        assertEquals(1, sandbox.counter("createMedium"));
        assertEquals(1, sandbox.counter("s3Uploads"));
    }

    @Test
    void aFileRewrittenAfterItsCheckWithItsSizeAndTimeKeptIsNeverSentAndRetrySendsTheNewVersion() throws Exception {
        start(SandboxConfig.builder(), 1);
        String requestId = sandbox.createRequest();
        Path file = aged(TestDocuments.png(dir, "scan.png", 80_000, 5));
        UploadItem recorded = queue.record(requestId, List.of(file), OTHER).get(0);
        // The queue's own checks, without the sending that checkAndSend schedules right after.
        new FileChecks(database.uploadJournal(), new FileInspector(FileInspector.DEFAULT_MAX_BYTES),
                new DocumentDateRule(Clock.systemDefaultZone()), Clock.systemDefaultZone()).check(recorded);
        aged(TestDocuments.png(dir, "scan.png", 80_000, 6)); // as a copy that keeps times would

        assertEquals(1, queue.resumeUnfinished());
        assertTrue(queue.awaitIdle(Duration.ofSeconds(30)));

        UploadStatus failed = queue.statuses(requestId).get(0);
        assertEquals(FailureKind.FILE_CHANGED, failed.failure().orElseThrow().kind());
        assertTrue(failed.failure().orElseThrow().message().contains("changed while sending"),
                failed.failure().orElseThrow().message());
        assertEquals(0, sandbox.counter("s3Uploads"), "known before a byte is sent");

        assertTrue(queue.retry(recorded.id()));
        assertTrue(queue.awaitIdle(Duration.ofSeconds(30)));
        assertEquals(UploadState.ONLINE, database.uploadJournal().find(recorded.id()).orElseThrow().state());
        assertEquals(List.of(TestDocuments.sha256(file)), sandbox.onlineSha256(requestId));
    }

    @Test
    void anOldFileRewrittenWhileItIsSentIsNeverPutOnline() throws Exception {
        // Paced storage: 3 MB take 3 s, time enough to write the file while its bytes are on their way.
        start(SandboxConfig.builder().s3BytesPerSecond(1_000_000), 1);
        String requestId = sandbox.createRequest();
        Path file = aged(TestDocuments.png(dir, "scan.png", 3_000_000, 7));
        AtomicBoolean rewritten = new AtomicBoolean();
        queue.addListener((status, overall) -> {
            if (status.bytesSent() > 0 && status.state() == UploadState.MEDIUM_CREATED
                    && rewritten.compareAndSet(false, true)) {
                try {
                    aged(TestDocuments.png(dir, "scan.png", 3_000_000, 8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });

        UUID id = queue.enqueue(requestId, file, OTHER).queued().id();
        assertTrue(queue.awaitIdle(Duration.ofSeconds(60)));

        assertTrue(rewritten.get());
        UploadItem failed = database.uploadJournal().find(id).orElseThrow();
        assertEquals(UploadState.FAILED, failed.state());
        assertEquals(FailureKind.FILE_CHANGED.name(), failed.failureKind());
        assertEquals(1, sandbox.counter("s3Uploads"));
        assertEquals(0, sandbox.counter("finaliseMedium"), "the changed bytes are never put online");
    }

    /** Sets the file's modification time an hour back, as a document saved long before it is dropped. */
    private static Path aged(Path file) throws IOException {
        return Files.setLastModifiedTime(file, AN_HOUR_AGO);
    }
}
