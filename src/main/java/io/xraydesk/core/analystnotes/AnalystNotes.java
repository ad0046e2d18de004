package io.xraydesk.core.analystnotes;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.NoteDraftStore;
import io.xraydesk.store.NoteStore;
import io.xraydesk.store.StoredNote;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in analyst's notes on requests: added and edited in their name, with the time, the
 * draft of the note forgotten once it is saved. Blocking (database): call off the UI thread.
 */
public final class AnalystNotes {

    /** About ten pages: more is a paste of a document, which belongs in the uploads. */
    public static final int MAX_LENGTH = 20_000;

    private final NoteStore store;
    private final NoteDraftStore drafts;
    private final Analyst analyst;
    private final Clock clock;

    public AnalystNotes(NoteStore store, NoteDraftStore drafts, Analyst analyst, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.analyst = Objects.requireNonNull(analyst, "analyst");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Saves a new note in the notes markup ({@link NoteMarkup}).
     *
     * @throws NoteRefusedException when the text is blank or too long: nothing is saved
     */
    public StoredNote add(String requestId, String text) {
        StoredNote note = store.add(requestId, checked(text), analyst, clock.instant());
        drafts.discard(requestId, Optional.empty());
        return note;
    }

    /**
     * Saves a new text for a note, over the version the analyst started editing.
     *
     * @throws io.xraydesk.store.EditConflictException when someone saved the note in between
     */
    public StoredNote edit(String requestId, String noteId, long seenVersion, String text) {
        StoredNote note = store.edit(noteId, seenVersion, checked(text), analyst, clock.instant());
        drafts.discard(requestId, Optional.of(noteId));
        return note;
    }

    public List<StoredNote> forRequest(String requestId) {
        return store.forRequest(requestId);
    }

    /**
     * The text as it will be saved, without the blank lines and spaces around it: what a command checks
     * before it sends anything.
     *
     * @throws NoteRefusedException when the text is blank or too long
     */
    public static String checked(String text) {
        String kept = text == null ? "" : text.strip();
        if (kept.isBlank()) {
            throw new NoteRefusedException(Messages.get("notes.refused.blank"));
        }
        if (kept.length() > MAX_LENGTH) {
            throw new NoteRefusedException(Messages.get("notes.refused.too_long", kept.length(), MAX_LENGTH));
        }
        return kept;
    }
}
