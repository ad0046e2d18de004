package io.xraydesk.core.analystnotes;

import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.NoteDraft;
import io.xraydesk.testing.KilledTypist;
import io.xraydesk.testing.SeparateJvm;
import io.xraydesk.ui.requestpage.NoteEditorTypist;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise of drafts: an analyst's JVM killed with SIGKILL while a note is being typed loses at
 * most the last second of typing. The typist runs in its own JVM and says when it typed each
 * character; after the kill, the draft on disk must hold everything typed until one second before
 * the kill. Typed into a {@link DraftKeeper} alone ({@link DraftTypist}), and into the request page's
 * notes editor, as the application keeps it ({@link NoteEditorTypist}).
 */
class DraftCrashTest {

    /**
     * Two seconds and a half of typing: several drafts written before the kill, and none with a draft
     * delay of three seconds (the test then fails, as it must).
     */
    private static final Duration TYPING = Duration.ofMillis(2500);

    @TempDir
    Path dir;

    @Test
    void killedWhileTypingTheDraftLacksAtMostTheLastSecond() throws Exception {
        typeThenKill(DraftTypist.class.getName(), DraftTypist.REQUEST);
    }

    @Test
    void killedWhileTypingInTheNotesEditorTheDraftLacksAtMostTheLastSecond() throws Exception {
        typeThenKill(NoteEditorTypist.class.getName(), NoteEditorTypist.REQUEST);
    }

    private void typeThenKill(String typist, String requestId) throws Exception {
        Path file = dir.resolve("xraydesk.db");
        KilledTypist.Typing typing = KilledTypist.killAfter(SeparateJvm.command(typist, List.of(file.toString())),
                TYPING);
        try (LocalDatabase database = LocalDatabase.open(file)) {
            typing.checkDraft(database.noteDrafts().find(requestId, Optional.empty()).map(NoteDraft::text)
                    .orElse(""));
        }
    }
}
