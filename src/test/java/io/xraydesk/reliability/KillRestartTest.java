package io.xraydesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadState;
import io.xraydesk.testing.SeparateJvmCli;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL of the command line at every step of a multi-file upload, each kill followed by a {@code
 * queue resume} in a new JVM (which is itself the next one killed): after the last restart every file
 * is online exactly once on the sandbox, nothing was finalised twice, and the journal agrees.
 *
 * <p>Kill points are deterministic, not timed: a sandbox fault on the route of the step answers
 * {@code 503} with a {@code Retry-After} the client honours for far longer than the test waits, so the
 * child is parked exactly at that step; the test kills it once the sandbox shows the step reached
 * ("before": the call arrived but was not handled) or done ("after": the server did the work, its
 * answer never reached the client). A parked retry holds no sandbox thread, unlike a hanging answer,
 * so one sandbox serves every kill.
 */
class KillRestartTest {

    private static final int FILES = 4;
    private static final int CHECKED_FILES = 8;
    /** Longer than any kill takes to happen, within what the client honours (two minutes). */
    private static final int PARK_SECONDS = 100;
    private static final long STEP_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(20);

    /** A step of the upload flow, where its fault is armed and which counter shows it handled. */
    private enum Step {
        CREATE_MEDIUM(false, "POST", "/media", "createMedium"),
        S3_UPLOAD(true, null, "/**", "s3Uploads"),
        FINALISE(false, "POST", "/media/*", "finaliseMedium");

        final boolean s3;
        final String method;
        final String path;
        final String handledCounter;

        Step(boolean s3, String method, String path, String handledCounter) {
            this.s3 = s3;
            this.method = method;
            this.path = path;
            this.handledCounter = handledCounter;
        }
    }

    /** One kill: the file it hits, the step, and whether the server handled the step first. */
    private record KillPoint(int file, Step step, boolean afterHandling) {
        /** What the journal holds for the file after the kill: the last step it heard succeed. */
        UploadState journalState() {
            return switch (step) {
                case CREATE_MEDIUM -> UploadState.QUEUED;
                case S3_UPLOAD -> UploadState.MEDIUM_CREATED;
                case FINALISE -> UploadState.UPLOADED;
            };
        }

        @Override
        public String toString() {
            return "file " + file + " " + step + (afterHandling ? " after handling" : " before handling");
        }
    }

    private final SeparateJvmCli cli = new SeparateJvmCli();

    @AfterEach
    void stop() {
        cli.close();
    }

    @Test
    void everyFileEndsOnlineExactlyOnceAfterKillsAtEveryStep() throws Exception {
        String requestId = cli.sandbox.createRequest();
        Map<String, String> fileBySha = new ConcurrentHashMap<>();
        List<Path> files = pngs("scan-", FILES, 96_000, 70, fileBySha);
        List<KillPoint> points = killPoints();

        List<String> upload = SeparateJvmCli.uploadArguments(requestId, files);
        int kills = 0;
        for (KillPoint point : points) {
            List<String> command = kills == 0 ? upload : List.of("queue", "resume", "--concurrency", "1");
            killAt(point, command, kills == 0 ? files.size() : 0);
            kills++;
            assertJournalAfterKill(requestId, point);
        }

        CliChild last = CliChild.start(cli, List.of("queue", "resume"));
        assertTrue(last.process.waitFor(60, TimeUnit.SECONDS), "the last resume finishes");
        assertEquals(0, last.process.exitValue(), last.output());

        int onlineOnce = assertEveryFileOnlineExactlyOnce(requestId, fileBySha);
        System.out.println("kill-restart: " + onlineOnce + "/" + FILES + " files after " + kills + " kills");
        assertEquals(FILES, onlineOnce);
        assertTrue(kills >= 20, "at least 20 kill points");
    }

    /**
     * SIGKILL while {@code upload} is still checking its files (every named file is journalled before
     * the first check), then while {@code queue resume} checks what the kill left: the last resume
     * ends with every named file online exactly once. The files are large enough that their checks
     * (reading and fingerprinting 16 MB each) leave time to kill between two of them.
     */
    @Test
    void killsDuringTheChecksOfAMultiFileUploadLoseNoFile() throws Exception {
        String requestId = cli.sandbox.createRequest();
        Map<String, String> fileBySha = new ConcurrentHashMap<>();
        List<Path> files = pngs("ledger-", CHECKED_FILES, 16_000_000, 900, fileBySha);
        int kills = 0;
        try (LocalDatabase database = cli.openDatabase()) {
            List<String> command = SeparateJvmCli.uploadArguments(requestId, files);
            int checking = CHECKED_FILES;
            while (kills < 2 && checking > 1) {
                int before = checking;
                CliChild child = CliChild.start(cli, command);
                awaitOrFail(() -> {
                    List<UploadItem> rows = database.uploadJournal().forRequest(requestId);
                    long left = rows.stream().filter(r -> r.state() == UploadState.CHECKING).count();
                    return rows.size() == CHECKED_FILES && left > 0 && left < before;
                }, child, "the checks of " + command.get(0));
                child.kill();
                kills++;
                List<UploadItem> rows = database.uploadJournal().forRequest(requestId);
                assertEquals(CHECKED_FILES, rows.size(), "every named file is in the journal after the kill");
                checking = (int) rows.stream().filter(r -> r.state() == UploadState.CHECKING).count();
                assertTrue(checking > 0 && checking < before, "killed during the checks: " + rows);
                command = List.of("queue", "resume", "--concurrency", "1");
            }
        }
        CliChild last = CliChild.start(cli, List.of("queue", "resume"));
        assertEquals(0, last.awaitExit(120), last.output());

        List<JsonNode> online = cli.sandbox.media(requestId).stream()
                .filter(m -> !m.path("status").asText().equals("draft")).toList();
        Map<String, Long> perSha = online.stream().collect(Collectors.groupingBy(
                m -> m.path("object").path("sha256").asText(), Collectors.counting()));
        long onlineOnce = fileBySha.keySet().stream().filter(sha -> perSha.getOrDefault(sha, 0L) == 1).count();
        System.out.println("kill-restart: " + onlineOnce + "/" + CHECKED_FILES + " files after " + kills
                + " kills during the checks");
        assertEquals(fileBySha.keySet(), perSha.keySet(), "online media are exactly the files' bytes");
        assertEquals(CHECKED_FILES, onlineOnce);
        assertEquals(CHECKED_FILES, cli.sandbox.counter("finaliseMedium"), "nothing finalised twice");
    }

    /** {@code count} PNG files of about {@code size} bytes each, their names noted by content in {@code fileBySha}. */
    private List<Path> pngs(String prefix, int count, int size, long seed, Map<String, String> fileBySha)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = TestDocuments.png(cli.folder, prefix + i + ".png", size + i * 1_000, seed + i);
            files.add(file);
            fileBySha.put(TestDocuments.sha256(file), file.getFileName().toString());
        }
        return files;
    }

    /** Every step of every file, before and after the server handled it: 6 per file, in upload order. */
    private static List<KillPoint> killPoints() {
        List<KillPoint> points = new ArrayList<>();
        for (int file = 0; file < FILES; file++) {
            for (Step step : Step.values()) {
                points.add(new KillPoint(file, step, false));
                points.add(new KillPoint(file, step, true));
            }
        }
        return points;
    }

    /**
     * Arms the step's fault, starts the child and SIGKILLs it once the step is reached (or handled).
     * The first child must also have journaled all {@code mustQueue} files, or the kill would only
     * show that unaccepted files are not kept.
     */
    private void killAt(KillPoint point, List<String> command, int mustQueue) throws Exception {
        long faultsBefore = cli.sandbox.counter("faultsInjected");
        long handledBefore = cli.sandbox.counter(point.step.handledCounter);
        StringBuilder fault = new StringBuilder("{\"kind\":\"status503\",\"count\":1,\"retryAfterSeconds\":")
                .append(PARK_SECONDS).append(",\"path\":\"").append(point.step.path).append('"')
                .append(",\"after\":").append(point.afterHandling);
        if (point.step.method != null) {
            fault.append(",\"method\":\"").append(point.step.method).append('"');
        }
        cli.sandbox.fault(point.step.s3, fault.append('}').toString());

        CliChild child = CliChild.start(cli, command);
        BooleanSupplier reached = point.afterHandling
                ? () -> cli.sandbox.counter(point.step.handledCounter) > handledBefore
                : () -> cli.sandbox.counter("faultsInjected") > faultsBefore;
        awaitOrFail(() -> reached.getAsBoolean() && child.queuedLines() >= mustQueue, child, point);
        child.process.destroyForcibly();
        assertTrue(child.process.waitFor(10, TimeUnit.SECONDS));
        assertEquals(137, child.process.exitValue(), "killed by SIGKILL at " + point);
        if (!point.afterHandling) {
            assertEquals(handledBefore, cli.sandbox.counter(point.step.handledCounter), "not handled: " + point);
        }
        clearFaults(point.step.s3);
    }

    /** Disarms what the kill left armed (a "before" fault is consumed; this keeps the next step clean). */
    private void clearFaults(boolean s3) throws Exception {
        URI base = s3 ? cli.sandbox.server.s3BaseUri() : cli.sandbox.server.apiBaseUri();
        int status = cli.sandbox.http.send(HttpRequest.newBuilder(base.resolve("/_sandbox/faults"))
                .header(SandboxServer.CONTROL_HEADER, "1").DELETE()
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(204, status);
    }

    private static void awaitOrFail(BooleanSupplier condition, CliChild child, Object point) throws Exception {
        long deadline = System.nanoTime() + STEP_TIMEOUT_NANOS;
        while (!condition.getAsBoolean()) {
            if (!child.process.isAlive() || System.nanoTime() > deadline) {
                child.process.destroyForcibly();
                throw new AssertionError("never reached " + point + "; child said: " + child.output());
            }
            Thread.sleep(10);
        }
    }

    /** Files before the killed one are online, the killed one at its last heard step, the rest queued. */
    private void assertJournalAfterKill(String requestId, KillPoint point) {
        List<UploadItem> items = journal(requestId);
        assertEquals(FILES, items.size(), "every file journaled once, at " + point);
        for (int i = 0; i < FILES; i++) {
            UploadItem item = items.get(i);
            UploadState expected = i < point.file ? UploadState.ONLINE
                    : i == point.file ? point.journalState() : UploadState.QUEUED;
            assertEquals(expected, item.state(), item.fileName() + " at " + point);
            if (expected == UploadState.QUEUED) {
                assertNull(item.mediumId(), item.fileName() + " at " + point);
            } else {
                assertNotNull(item.mediumId(), item.fileName() + " at " + point);
            }
        }
    }

    /**
     * One online medium per file with its exact bytes, its journal row pointing at it; finalised once
     * per file. Media left in draft are the ones whose creation answer a kill swallowed: the API has no
     * idempotency key for {@code POST /media} (docs/october-api.md, Media and uploads), so a resume cannot know them —
     * they never go online and hold no object.
     *
     * @return how many files are online exactly once
     */
    private int assertEveryFileOnlineExactlyOnce(String requestId, Map<String, String> fileBySha) {
        List<JsonNode> media = cli.sandbox.media(requestId);
        List<JsonNode> online = media.stream().filter(m -> !m.path("status").asText().equals("draft")).toList();
        Map<String, List<JsonNode>> onlineBySha = online.stream()
                .collect(Collectors.groupingBy(m -> m.path("object").path("sha256").asText()));
        int onlineOnce = (int) fileBySha.keySet().stream()
                .filter(sha -> onlineBySha.getOrDefault(sha, List.of()).size() == 1).count();
        assertEquals(fileBySha.keySet(), onlineBySha.keySet(), "online media are exactly the files' bytes");
        assertEquals(FILES, cli.sandbox.counter("finaliseMedium"), "nothing finalised twice");
        media.stream().filter(m -> m.path("status").asText().equals("draft"))
                .forEach(draft -> assertTrue(draft.path("object").isNull(), "an orphan draft holds no object"));
        assertEquals(FILES, media.size() - online.size(), "one orphan draft per swallowed creation answer");

        for (UploadItem item : journal(requestId)) {
            assertEquals(UploadState.ONLINE, item.state(), item.fileName());
            List<JsonNode> its = onlineBySha.get(item.sha256());
            assertNotNull(its, item.fileName() + " online");
            assertEquals(its.get(0).path("id").asText(), item.mediumId(), "the journal names the online medium");
            assertEquals(fileBySha.get(item.sha256()), item.fileName());
        }
        return onlineOnce;
    }

    private List<UploadItem> journal(String requestId) {
        try (LocalDatabase database = cli.openDatabase()) {
            return database.uploadJournal().forRequest(requestId).stream()
                    .sorted(Comparator.comparing(UploadItem::fileName)).toList();
        }
    }
}
