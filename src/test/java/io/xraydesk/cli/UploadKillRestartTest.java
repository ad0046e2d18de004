package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.core.upload.UploadFixture;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash the journal exists for: {@code upload} runs in its own JVM and is killed with SIGKILL in
 * the middle of a file; {@code queue resume} in a new JVM then finishes every file, each online exactly
 * once on the sandbox.
 */
class UploadKillRestartTest {

    @TempDir
    Path dir;
    private final UploadFixture sandbox = new UploadFixture();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void killedMidFileThenResumedEveryFileEndsOnlineExactlyOnce() throws Exception {
        String requestId = sandbox.createRequest();
        List<Path> files = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path file = TestDocuments.png(dir, "page-" + i + ".png", 2_000_000 + i, 40 + i);
            files.add(file);
            expected.add(TestDocuments.sha256(file));
        }
        // The first transfer never gets its answer: the process is surely killed mid-file.
        sandbox.fault(true, "{\"kind\":\"hang\",\"count\":1}");

        List<String> upload = new ArrayList<>(List.of("upload", "--request", requestId, "--kind", "other",
                "--concurrency", "1"));
        files.forEach(f -> upload.add(f.toString()));
        Process first = start(upload);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains(" %")) {
                // reading until the first progress line
            }
            assertTrue(line != null, "the upload printed no progress");
        }
        first.destroyForcibly();
        assertTrue(first.waitFor(10, TimeUnit.SECONDS));
        assertEquals(137, first.exitValue(), "killed by SIGKILL");

        try (LocalDatabase database = LocalDatabase.open(AppPaths.at(dir.resolve("home")).database())) {
            List<UploadItem> left = database.uploadJournal().forRequest(requestId);
            assertEquals(3, left.size());
            assertTrue(left.stream().noneMatch(i -> i.state() == UploadState.ONLINE), left.toString());
            assertEquals(UploadState.MEDIUM_CREATED, left.get(0).state());
        }

        Process resume = start(List.of("queue", "resume"));
        String output = new String(resume.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(resume.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, resume.exitValue(), output);

        assertEquals(expected.stream().sorted().toList(), sandbox.onlineSha256(requestId));
        assertEquals(3, sandbox.counter("finaliseMedium"));
        try (LocalDatabase database = LocalDatabase.open(AppPaths.at(dir.resolve("home")).database())) {
            assertTrue(database.uploadJournal().forRequest(requestId).stream()
                    .allMatch(i -> i.state() == UploadState.ONLINE));
        }
    }

    private Process start(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-cp", System.getProperty("java.class.path"), "io.xraydesk.Main"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().put(AppPaths.HOME_VARIABLE, dir.resolve("home").toString());
        builder.environment().put(CliContext.ENV_BASE_URL, sandbox.server.apiBaseUri().toString());
        builder.environment().put(CliContext.ENV_USER_ID, sandbox.server.demoUser().userId());
        builder.environment().put(CliContext.ENV_SESSION_TOKEN, sandbox.server.demoUser().token());
        return builder.start();
    }
}
