package io.xraydesk.core.analystnotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.xraydesk.store.Analyst;
import io.xraydesk.store.EditConflictException;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.NoteDraft;
import io.xraydesk.store.StoredNote;
import io.xraydesk.testing.MessagesLocale;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Notes in the analyst's name, on the real SQLite file: the rules, the drafts forgotten on save, conflicts. */
class AnalystNotesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Analyst ALICE = new Analyst("6413297aad6e59418e7748f9", "Alice Martin");
    private static final Analyst BOB = new Analyst("6413297aad6e59418e7748aa", "Bob Durand");

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();
    @TempDir
    Path dir;
    private LocalDatabase database;

    @BeforeEach
    void open() {
        database = LocalDatabase.open(dir.resolve("x.db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private AnalystNotes notesOf(Analyst analyst) {
        return new AnalystNotes(database.notes(), database.noteDrafts(), analyst, Clock.fixed(T0, ZoneOffset.UTC));
    }

    @Test
    void savingANoteForgetsItsDraftAndKeepsTheTextWithoutSurroundingBlanks() {
        database.noteDrafts().save(new NoteDraft("r1", Optional.empty(), Optional.empty(), "Cash", T0));

        StoredNote note = notesOf(ALICE).add("r1", "\n  Cash is **tight**  \n\n");

        assertEquals("Cash is **tight**", note.text());
        assertEquals(ALICE, note.author());
        assertEquals(T0, note.createdAt());
        assertEquals(List.of(), database.noteDrafts().forRequest("r1"));
    }

    @Test
    void blankOrOverlongTextIsRefusedWithItsReason() {
        NoteRefusedException blank = assertThrows(NoteRefusedException.class, () -> notesOf(ALICE).add("r1", " \n"));
        NoteRefusedException tooLong = assertThrows(NoteRefusedException.class,
                () -> notesOf(ALICE).add("r1", "x".repeat(AnalystNotes.MAX_LENGTH + 1)));

        assertEquals("A note needs some text.", blank.getMessage());
        assertEquals("This note has 20,001 characters; a note holds at most 20,000. Attach long documents as uploads "
                + "instead.", tooLong.getMessage());
        assertEquals(List.of(), database.notes().forRequest("r1"));
    }

    @Test
    void anEditOverAnOutdatedVersionSaysWhoSavedMeanwhileAndKeepsTheDraft() {
        StoredNote note = notesOf(ALICE).add("r1", "first");
        notesOf(ALICE).edit("r1", note.id(), 1, "Alice's second");
        database.noteDrafts().save(new NoteDraft("r1", Optional.of(note.id()), Optional.of(1L), "Bob's", T0));

        EditConflictException conflict = assertThrows(EditConflictException.class,
                () -> notesOf(BOB).edit("r1", note.id(), 1, "Bob's"));

        assertEquals("Note " + note.id() + " was saved by Alice Martin on Mar 2, 2026, 9:00:00 AM while you edited it "
                + "(you started from version 1, it is now at version 2). Nothing was overwritten: read their version "
                + "and save yours again.", ConflictMessage.of(conflict, ZoneId.of("UTC")));
        assertEquals(1, database.noteDrafts().forRequest("r1").size(), "the draft stays until the edit is saved");
        notesOf(BOB).edit("r1", note.id(), 2, "Bob's, merged");
        assertEquals(List.of(), database.noteDrafts().forRequest("r1"));
    }
}
