package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadState;
import io.xraydesk.testing.SeparateJvmCli;
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

/**
 * The crash the journal exists for: {@code upload} runs in its own JVM and is killed with SIGKILL in
 * the middle of a file; {@code queue resume} in a new JVM then finishes every file, each online exactly
 * once on the sandbox.
 */
class UploadKillRestartTest {

    private final SeparateJvmCli cli = new SeparateJvmCli();

    @AfterEach
    void stop() {
        cli.close();
    }

    @Test
    void killedMidFileThenResumedEveryFileEndsOnlineExactlyOnce() throws Exception {
        String requestId = cli.sandbox.createRequest();
        List<Path> files = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path file = TestDocuments.png(cli.folder, "page-" + i + ".png", 2_000_000 + i, 40 + i);
            files.add(file);
            expected.add(TestDocuments.sha256(file));
        }
        // The first transfer never gets its answer: the process is surely killed mid-file.
        cli.sandbox.fault(true, "{\"kind\":\"hang\",\"count\":1}");

        List<String> upload = SeparateJvmCli.uploadArguments(requestId, files);
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

        try (LocalDatabase database = cli.openDatabase()) {
            List<UploadItem> left = database.uploadJournal().forRequest(requestId);
            assertEquals(3, left.size());
            assertTrue(left.stream().noneMatch(i -> i.state() == UploadState.ONLINE), left.toString());
            assertEquals(UploadState.MEDIUM_CREATED, left.get(0).state());
        }

        Process resume = start(List.of("queue", "resume"));
        String output = new String(resume.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(resume.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, resume.exitValue(), output);

        assertEquals(expected.stream().sorted().toList(), cli.sandbox.onlineSha256(requestId));
        assertEquals(3, cli.sandbox.counter("finaliseMedium"));
        try (LocalDatabase database = cli.openDatabase()) {
            assertTrue(database.uploadJournal().forRequest(requestId).stream()
                    .allMatch(i -> i.state() == UploadState.ONLINE));
        }
    }

    private Process start(List<String> arguments) throws IOException {
        return cli.command(arguments).redirectError(cli.folder.resolve("stderr.txt").toFile()).start();
    }
}
