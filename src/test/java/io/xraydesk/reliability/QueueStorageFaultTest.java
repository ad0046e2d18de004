package io.xraydesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.core.upload.DocumentDescription;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.core.upload.UploadFixture;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadState;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.sandbox.SandboxServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue-level outcome of every storage (S3) fault, once and persistent: the file ends ONLINE, or
 * FAILED with its reason in words — never duplicated (one journal row, at most one medium online, at
 * most one finalisation) and never online with other bytes. Prints a table and {@code
 * queue-storage-faults: <passed>/<total> cells passed}.
 *
 * <p>The hanging answer is left out here: its timeout is measured by {@link StalledAnswerTest}.
 */
class QueueStorageFaultTest {

    /** A fault that strikes once is retried away; one that never stops fails the file with its reason. */
    private static final Map<String, String[]> EXPECTED = new LinkedHashMap<>();

    static {
        //                                                    once       persistent
        EXPECTED.put("{\"kind\":\"status500\"",              cells("ONLINE", "FAILED SERVER"));
        EXPECTED.put("{\"kind\":\"status502\"",              cells("ONLINE", "FAILED SERVER"));
        EXPECTED.put("{\"kind\":\"status503\",\"retryAfterSeconds\":1", cells("ONLINE", "FAILED SERVER"));
        EXPECTED.put("{\"kind\":\"status429\",\"retryAfterSeconds\":1", cells("ONLINE", "FAILED RATE_LIMITED"));
        EXPECTED.put("{\"kind\":\"reset\"",                  cells("ONLINE", "FAILED NETWORK"));
        EXPECTED.put("{\"kind\":\"reset_mid_body\"",         cells("ONLINE", "FAILED NETWORK"));
        // The storage's 200 answer carries no data the client needs: only its status counts.
        EXPECTED.put("{\"kind\":\"malformed\",\"after\":true", cells("ONLINE", "ONLINE"));
        EXPECTED.put("{\"kind\":\"unexpected_shape\",\"after\":true", cells("ONLINE", "ONLINE"));
        // A 200 from a storage that kept nothing: finalising is refused (409), the file is never online.
        EXPECTED.put("{\"kind\":\"malformed\"",              cells("FAILED REFUSED_BY_SERVER", "FAILED REFUSED_BY_SERVER"));
        // A storage refusal (4xx) is not retried: the upload data is wrong, asking again cannot help.
        EXPECTED.put("{\"kind\":\"unauthorized\"",           cells("FAILED REJECTED_BY_STORAGE", "FAILED REJECTED_BY_STORAGE"));
    }

    private static final int PERSISTENT = 20;
    private static final DocumentDescription OTHER = new DocumentDescription(DocumentCategory.OTHER, null, null);

    @TempDir
    Path dir;

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @Test
    void everyStorageFaultEndsOnlineOrFailedWithItsReasonNeverDuplicated() throws Exception {
        List<String> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int passed = 0;
        int total = 0;
        int seed = 0;
        try (UploadFixture sandbox = new UploadFixture();
                LocalDatabase database = UploadFixture.database(dir);
                UploadQueue queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader, 1)) {
            for (Map.Entry<String, String[]> fault : EXPECTED.entrySet()) {
                StringBuilder row = new StringBuilder(String.format("%-44s", fault.getKey().replace("{\"kind\":", "")));
                for (int column = 0; column < 2; column++) {
                    int count = column == 0 ? 1 : PERSISTENT;
                    String problem = runCell(sandbox, queue, fault.getKey() + ",\"count\":" + count + "}",
                            fault.getValue()[column], seed++);
                    String outcome = problem == null ? "✓ " + fault.getValue()[column] : "✗ " + problem;
                    row.append(String.format("%-32s", outcome));
                    total++;
                    if (problem == null) {
                        passed++;
                    } else {
                        problems.add(fault.getKey() + " x" + count + ": " + problem);
                    }
                }
                rows.add(row.toString());
            }
        }
        System.out.println(String.format("%-44s%-32s%-32s", "storage fault", "once", "persistent"));
        rows.forEach(System.out::println);
        System.out.println("queue-storage-faults: " + passed + "/" + total + " cells passed");
        assertEquals(List.of(), problems);
    }

    /** One file through the queue under the armed fault; null when everything held, else what broke. */
    private String runCell(UploadFixture sandbox, UploadQueue queue, String fault, String expected, int seed)
            throws Exception {
        String requestId = sandbox.createRequest();
        Path file = TestDocuments.png(dir, "statement-" + seed + ".png", 80_000 + seed, seed);
        String sha = TestDocuments.sha256(file);
        long finalisedBefore = sandbox.counter("finaliseMedium");
        sandbox.fault(true, fault);
        try {
            queue.enqueue(requestId, file, OTHER);
            assertTrue(queue.awaitIdle(Duration.ofSeconds(60)), "the queue settles");
        } finally {
            int cleared = sandbox.http.send(HttpRequest.newBuilder(sandbox.server.s3BaseUri()
                    .resolve("/_sandbox/faults")).header(SandboxServer.CONTROL_HEADER, "1").DELETE().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            assertEquals(204, cleared);
        }
        List<UploadStatus> statuses = queue.statuses(requestId);
        if (statuses.size() != 1) {
            return statuses.size() + " journal rows";
        }
        UploadStatus status = statuses.get(0);
        String outcome = status.state() == UploadState.FAILED
                ? "FAILED " + status.failure().map(f -> f.kind().name()).orElse("without reason")
                : status.state().name();
        List<JsonNode> online = sandbox.media(requestId).stream()
                .filter(m -> !m.path("status").asText().equals("draft")).toList();
        long finalised = sandbox.counter("finaliseMedium") - finalisedBefore;
        int expectedOnline = status.state() == UploadState.ONLINE ? 1 : 0;
        if (online.size() != expectedOnline || finalised != expectedOnline) {
            return outcome + " but " + online.size() + " media online, " + finalised + " finalisations";
        }
        if (expectedOnline == 1 && !online.get(0).path("object").path("sha256").asText().equals(sha)) {
            return "online with other bytes";
        }
        if (status.state() == UploadState.FAILED) {
            String unclear = ClearMessages.problemOf(status.failure().orElseThrow().message(),
                    List.of(sandbox.server.demoUser().token()));
            if (unclear != null) {
                return outcome + ", " + unclear;
            }
        }
        return outcome.equals(expected) ? null : outcome;
    }

    private static String[] cells(String once, String persistent) {
        return new String[] {once, persistent};
    }
}
