package io.xraydesk.core.analystnotes;

import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.NoteDraft;
import io.xraydesk.testing.KilledTypist;
import io.xraydesk.testing.SeparateJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
        // Two seconds and a half of typing, so several drafts were written before.
        KilledTypist.Typing typing = KilledTypist.killAfter(
                SeparateJvm.command(DraftTypist.class.getName(), List.of(file.toString())), Duration.ofMillis(2500));
        try (LocalDatabase database = LocalDatabase.open(file)) {
            typing.checkDraft(database.noteDrafts().find(DraftTypist.REQUEST, Optional.empty())
                    .map(NoteDraft::text).orElse(""));
        }
    }
}
