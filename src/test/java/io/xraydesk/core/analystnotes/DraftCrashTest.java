package io.xraydesk.core.analystnotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.NoteDraft;
import io.xraydesk.testing.SeparateJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of drafts: an analyst's JVM killed with SIGKILL while a note is being typed loses at
 * most the last second of typing. The typist runs in its own JVM ({@link DraftTypist}) and says when
 * it typed each character; after the kill, the draft on disk must hold everything typed until one
 * second before the kill.
 */
class DraftCrashTest {

    @TempDir
    Path dir;

    @Test
    void killedWhileTypingTheDraftLacksAtMostTheLastSecond() throws Exception {
        Path file = dir.resolve("xraydesk.db");
        Process typist = SeparateJvm.command(DraftTypist.class.getName(), List.of(file.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<Integer, Long> typedAt = new HashMap<>();
        long killedAt;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(typist.getInputStream(),
                StandardCharsets.UTF_8))) {
            // Two seconds and a half of typing once it types, so several drafts were written before.
            String line;
            int count = 0;
            while (count < 250 && (line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                count = Integer.parseInt(parts[1]);
                typedAt.put(count, Long.parseLong(parts[2]));
            }
            assertEquals(250, count, "the typist stopped early");
            killedAt = System.currentTimeMillis();
            // Through its handle: Process.destroyForcibly would also close the pipe still to be read.
            typist.toHandle().destroyForcibly();
            assertTrue(typist.waitFor(10, TimeUnit.SECONDS));
            while ((line = out.readLine()) != null) {
                String[] parts = line.split(" ");
                typedAt.put(Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
            }
        }
        assertEquals(137, typist.exitValue(), "killed by SIGKILL");

        String kept;
        try (LocalDatabase database = LocalDatabase.open(file)) {
            kept = database.noteDrafts().find(DraftTypist.REQUEST, Optional.empty()).map(NoteDraft::text).orElse("");
        }
        assertTrue(kept.length() > 0, "no draft at all after seconds of typing");
        assertEquals(DraftTypist.text(kept.length()), kept, "the draft is exactly what was typed up to a point");
        Long firstLost = typedAt.get(kept.length() + 1);
        if (firstLost != null) {
            long lostMillis = killedAt - firstLost;
            System.out.println("draft crash: the typing of the last " + lostMillis + " ms was lost ("
                    + (typedAt.size() - kept.length()) + " of " + typedAt.size() + " characters)");
            assertTrue(lostMillis <= 1000, "lost the typing of the last " + lostMillis + " ms");
        }
    }
}
