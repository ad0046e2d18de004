package io.xraydesk.ui.requestpage;

import io.xraydesk.core.analystnotes.AnalystNotes;
import io.xraydesk.core.analystnotes.DraftKeeper;
import io.xraydesk.core.analystnotes.NoteRefusedException;
import io.xraydesk.core.i18n.FailureWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.concurrent.TaskHandle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The new note being typed on a request: its text, kept on disk as a draft while it is typed (at most
 * every {@link DraftKeeper#DEFAULT_DELAY}, and at once when the editor loses the focus), put back when
 * the page opens again, and published as a note ("Add note"). Properties change on the UI thread only;
 * the draft is written on the draft writer's thread, the note through the background tasks.
 */
final class NotesModel {

    private final CreditFileModel file;
    /** The note's text in the notes markup (docs/workflow.md); the editor's text is bound to it. */
    final StringProperty text = new SimpleStringProperty(this, "text", "");
    /**
     * False until the draft left by the last window was read (the editor waits, so nothing typed is
     * lost), and while the note is being published. Set by this model only.
     */
    final BooleanProperty editable = new SimpleBooleanProperty(this, "editable");
    /** What became of the last action, or why the note was refused; empty at first. Set by this model only. */
    final StringProperty message = new SimpleStringProperty(this, "message", "");
    /** Null while nothing is typed into a draft: before the draft is read, while publishing, once inactive. */
    private DraftKeeper keeper;
    private TaskHandle loading;
    /** Between activate and deactivate: a publish ending after the page left keeps no new draft. */
    private boolean active;

    NotesModel(CreditFileModel file) {
        this.file = file;
        text.addListener((o, was, now) -> {
            if (keeper != null) {
                keeper.typed(now);
            }
        });
    }

    /** The page is shown: puts back the draft, then keeps the typing in it. */
    void activate() {
        active = true;
        loading = file.tasks().task("read the note draft of " + file.requestId(),
                progress -> file.creditFile().newNoteDraft(file.requestId()))
                .onSuccess(draft -> {
                    if (text.get().isEmpty()) {
                        draft.ifPresent(text::set);
                    }
                    startKeeping();
                })
                .onFailure(failure -> {
                    message.set(Messages.get("notes.draft.unreadable", FailureWords.of(failure)));
                    startKeeping();
                })
                .start();
    }

    /** The page left the window: what is typed and not on disk yet is written now. */
    void deactivate() {
        active = false;
        if (loading != null) {
            loading.cancel();
        }
        stopKeeping();
        editable.set(false);
    }

    /** The editor lost the focus: the analyst may be about to leave, so the draft is written now. */
    void editorLeft() {
        if (keeper != null) {
            keeper.saveNowAsync();
        }
    }

    /** Publishes the note: recorded in the trail with who and when, its draft forgotten. */
    void publish() {
        String typed = text.get();
        try {
            AnalystNotes.checked(typed);
        } catch (NoteRefusedException refused) {
            message.set(refused.getMessage());
            return;
        }
        // The draft is written one last time, then the note replaces it: no late draft write can
        // bring back what was just published.
        DraftKeeper closing = keeper;
        keeper = null;
        editable.set(false);
        message.set(Messages.get("notes.publishing"));
        file.tasks().task("publish a note on " + file.requestId(), progress -> {
            if (closing != null) {
                closing.close();
            }
            return file.creditFile().addNote(file.requestId(), typed);
        }).onSuccess(note -> {
            text.set("");
            message.set(Messages.get("notes.published"));
            startKeeping();
            file.reload();
        }).onFailure(failure -> {
            message.set(Messages.get("notes.publish.failed", FailureWords.of(failure)));
            startKeeping();
        }).start();
    }

    private void startKeeping() {
        if (!active) {
            return;
        }
        if (keeper == null) {
            keeper = file.creditFile().keepDraft(file.requestId());
        }
        editable.set(true);
    }

    private void stopKeeping() {
        if (keeper != null) {
            keeper.closeAsync();
            keeper = null;
        }
    }
}
