package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process in the middle of journal writes and checks that nothing it reported as committed
 * was lost and that the file is still a healthy database.
 */
class JournalCrashSafetyTest {

    private static final int TRANSITIONS_BEFORE_KILL = 400;

    @TempDir
    Path dir;

    @Test
    void everyCommittedTransitionSurvivesAKill() throws Exception {
        Path file = dir.resolve("crash.db");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalCrashWriter.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Map<UUID, UploadState> lastCommitted = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int seen = 0;
            while (seen < TRANSITIONS_BEFORE_KILL && (line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                lastCommitted.put(UUID.fromString(parts[0]), UploadState.valueOf(parts[1]));
                seen++;
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
            assertEquals(TRANSITIONS_BEFORE_KILL, seen, "child stopped early (exit " + child.exitValue() + ")");
        } finally {
            child.destroyForcibly();
        }

        try (LocalDatabase db = LocalDatabase.open(file)) {
            assertEquals("ok", db.integrityCheck());
            UploadJournal journal = db.uploadJournal();
            for (Map.Entry<UUID, UploadState> committed : lastCommitted.entrySet()) {
                UploadItem item = journal.find(committed.getKey()).orElseThrow(
                        () -> new AssertionError("committed item lost: " + committed.getKey()));
                // The child may have committed one more step after its last line was read.
                assertTrue(item.state().ordinal() >= committed.getValue().ordinal(),
                        item.id() + " went back from " + committed.getValue() + " to " + item.state());
                if (item.state().ordinal() >= UploadState.MEDIUM_CREATED.ordinal()) {
                    assertTrue(item.mediumId().startsWith("medium"), item.toString());
                }
            }
            assertTrue(lastCommitted.size() >= TRANSITIONS_BEFORE_KILL / 4);
        }
    }
}
