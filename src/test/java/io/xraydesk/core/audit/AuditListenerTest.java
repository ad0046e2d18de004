package io.xraydesk.core.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.contract.TestPdfs;
import io.xraydesk.core.upload.DocumentDescription;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.AuditAction;
import io.xraydesk.store.AuditEntry;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit listener as the window's session wires it: on the real upload queue and the real
 * request watcher, against the sandbox. Each document and each report is one entry, however often
 * the queue or the watcher tells of it.
 */
class AuditListenerTest {

    private static final Analyst DEMO = new Analyst(SandboxConfig.DEMO_USER_ID, "Demo profile");

    @TempDir
    Path folder;
    private SandboxFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aDocumentOnlineAndTheReportsItBringsAreEachOneEntry() throws Exception {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults().withJitter(0));
        AuditListener listener = new AuditListener(
                new AuditRecorder(fixture.database.audit(), DEMO, fixture.clock));
        fixture.watcher.addListener(listener);
        AnalysisRequest request = fixture.createWatched("514673987", "ACME SAS");
        Path document = TestPdfs.write(folder.resolve("statement.pdf"), "Statement");

        try (UploadQueue queue = new UploadQueue(fixture.database.uploadJournal(), fixture.client,
                new S3Uploader(HttpClient.newHttpClient(), RetryPolicy.none()), 1)) {
            queue.addListener(listener);
            assertTrue(queue.enqueue(request.id(), document, new DocumentDescription(DocumentCategory.OTHER, null,
                    null)).isQueued(), "the document is queued");
            assertTrue(queue.awaitIdle(Duration.ofSeconds(30)));
        }
        fixture.watcher.start();
        fixture.advanceSandbox(Duration.ofSeconds(125));
        fixture.scheduler.runFor(Duration.ofMinutes(5));

        List<AuditEntry> trail = fixture.database.audit().forRequest(request.id());
        assertEquals(List.of(AuditAction.DOCUMENT_SENT, AuditAction.REPORT_RECEIVED, AuditAction.REPORT_RECEIVED,
                AuditAction.REPORT_RECEIVED), trail.stream().map(AuditEntry::action).toList(), trail.toString());
        assertEquals("statement.pdf", trail.get(0).details().get("file"));
        assertEquals(List.of("doc", "esg", "manager"), trail.subList(1, 4).stream()
                .map(e -> e.details().get("source")).sorted().toList());
        assertTrue(trail.stream().allMatch(e -> e.actor().equals(DEMO)), trail.toString());
    }
}
