package io.xraydesk.ui.requestpage;

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
 * Killing the application while a note is being typed loses at most the last second of typing: the
 * request page's notes editor types in a JVM of its own ({@link NoteEditorTypist}), which is killed
 * with SIGKILL; the draft in the store file must then hold everything typed until a second before.
 */
class NoteKillTest {

    @TempDir
    Path dir;

    @Test
    void killedWhileTypingInTheEditorTheDraftLacksAtMostTheLastSecond() throws Exception {
        Path file = dir.resolve("xraydesk.db");
        // Two seconds and a half of typing: several drafts written before the kill, and none with a
        // draft delay of three seconds (the test then fails, as it must).
        KilledTypist.Typing typing = KilledTypist.killAfter(
                SeparateJvm.command(NoteEditorTypist.class.getName(), List.of(file.toString())), Duration.ofMillis(2500));
        try (LocalDatabase database = LocalDatabase.open(file)) {
            typing.checkDraft(database.noteDrafts().find(NoteEditorTypist.REQUEST, Optional.empty())
                    .map(NoteDraft::text).orElse(""));
        }
    }
}
