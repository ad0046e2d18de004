package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.core.upload.UploadFixture;
import io.xraydesk.store.AppPaths;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code upload}, {@code queue list} and {@code queue resume} in process, against the sandbox. */
class UploadCommandTest {

    @TempDir
    Path dir;
    private UploadFixture sandbox;
    private Map<String, String> env;

    @BeforeEach
    void start() {
        Messages.setLocale(Locale.ENGLISH);
        sandbox = new UploadFixture();
        env = Map.of(AppPaths.HOME_VARIABLE, dir.resolve("home").toString(),
                CliContext.ENV_BASE_URL, sandbox.server.apiBaseUri().toString(),
                CliContext.ENV_USER_ID, sandbox.server.demoUser().userId(),
                CliContext.ENV_SESSION_TOKEN, sandbox.server.demoUser().token());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... tokens) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CommandLine.standard().run(List.of(tokens), env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void uploadSendsGoodFilesRefusesABadOneWithItsReasonAndExitsNonZero() throws Exception {
        String requestId = sandbox.createRequest();
        Path statement = TestDocuments.pdf(dir, "releve.pdf", "Releve de compte mars 2024");
        Path scan = TestDocuments.png(dir, "scan.png", 120_000, 3);
        Path bad = Files.writeString(dir.resolve("virus.pdf"), "MZ this is not a document");

        Run upload = run("upload", "--json", "--request", requestId, "--kind", "bank_statement", "--period", "month",
                "--date", "2024-03-31", statement.toString(), scan.toString(), bad.toString());

        assertEquals(ExitCode.VALIDATION, upload.exit(), upload.err());
        assertTrue(upload.err().contains("virus.pdf: refused. virus.pdf"), upload.err());
        JsonNode results = WireJson.mapper().readTree(upload.out());
        assertEquals(3, results.size());
        assertEquals("refused", results.get(0).path("state").asText());
        for (JsonNode result : List.of(results.get(1), results.get(2))) {
            assertEquals("online", result.path("state").asText(), result.toString());
            assertEquals(24, result.path("mediumId").asText().length());
        }
        assertEquals(List.of(TestDocuments.sha256(statement), TestDocuments.sha256(scan)).stream().sorted().toList(),
                sandbox.onlineSha256(requestId));
        assertEquals("month", sandbox.media(requestId).get(0).path("meta").path("period").asText());
        assertEquals(0, sandbox.counter("s3RejectedWithApiHeaders"));

        Run again = run("upload", "--request", requestId, "--kind", "other", scan.toString());
        assertEquals(ExitCode.VALIDATION, again.exit());
        assertTrue(again.err().contains("the same content is already in this request's uploads as scan.png (online)"),
                again.err());
        assertEquals(2, sandbox.counter("createMedium"));

        Run list = run("queue", "list");
        assertEquals(ExitCode.OK, list.exit());
        assertEquals("No unfinished upload.", list.out().strip());
    }

    @Test
    void queueListSaysSoWhenTheDatabaseWasEmptiedBehindItsBack() throws Exception {
        assertEquals(ExitCode.OK, run("queue", "list").exit());
        Path database = AppPaths.at(dir.resolve("home")).database();
        Files.write(database, new byte[0]);

        Run list = run("queue", "list");

        assertEquals(ExitCode.OK, list.exit());
        assertTrue(list.err().contains("The local database " + database + " was deleted or emptied by another program"),
                list.err());
    }

    @Test
    void aFolderWithALinkOutOfItSendsTheRestAndExitsNonZero() throws Exception {
        String requestId = sandbox.createRequest();
        Path folder = Files.createDirectory(dir.resolve("statements"));
        Path inside = TestDocuments.png(folder, "march.png", 20_000, 8);
        Path outside = TestDocuments.png(dir, "elsewhere.png", 20_000, 9);
        Files.createSymbolicLink(folder.resolve("april.png"), outside);

        Run upload = run("upload", "--request", requestId, "--kind", "other", folder.toString());

        assertEquals(ExitCode.VALIDATION, upload.exit(), upload.err());
        assertTrue(upload.err().contains("links are not followed out of a dropped folder"), upload.err());
        assertEquals(List.of(TestDocuments.sha256(inside)), sandbox.onlineSha256(requestId));
    }

    @Test
    void badArgumentsAreUsageErrorsBeforeAnythingIsSent() throws Exception {
        Path scan = TestDocuments.png(dir, "scan.png", 1_000, 4);
        Run kind = run("upload", "--request", "6413297aad6e59418e7748f1", "--kind", "invoice", scan.toString());
        assertEquals(ExitCode.USAGE, kind.exit());
        assertTrue(kind.err().contains("Unknown category \"invoice\""), kind.err());
        Run date = run("upload", "--request", "6413297aad6e59418e7748f1", "--kind", "other", "--date", "31/03/2024",
                scan.toString());
        assertEquals(ExitCode.USAGE, date.exit());
        assertEquals(0, sandbox.counter("createMedium"));
    }

    @Test
    void failedFilesAreListedAndResumedOnRequest() throws Exception {
        String requestId = sandbox.createRequest();
        sandbox.fault(false, "{\"kind\":\"status500\",\"method\":\"POST\",\"path\":\"/media/*\",\"count\":1}");
        Path scan = TestDocuments.png(dir, "scan.png", 50_000, 5);

        Run upload = run("upload", "--request", requestId, "--kind", "other", scan.toString());
        assertEquals(ExitCode.SERVER_OR_NETWORK, upload.exit());
        assertTrue(upload.out().contains("scan.png: failed. Server error"), upload.out());

        Run list = run("queue", "list", "--json");
        JsonNode rows = WireJson.mapper().readTree(list.out());
        assertEquals("failed", rows.get(0).path("state").asText());

        Run resume = run("queue", "resume", "--retry-failed");
        assertEquals(ExitCode.OK, resume.exit(), resume.out() + resume.err());
        assertEquals(List.of(TestDocuments.sha256(scan)), sandbox.onlineSha256(requestId));
        assertEquals("No unfinished upload.", run("queue", "list").out().strip());
    }
}
