package io.xraydesk.ui.requestpage;

import io.xraydesk.core.analystnotes.Quotation;
import io.xraydesk.core.creditfile.CreditFile;
import io.xraydesk.core.export.ExportSubject;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.report.ExportTargetChooser;
import io.xraydesk.ui.shell.ScreenPart;
import io.xraydesk.ui.widgets.UncachedScrollPane;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;

/**
 * What the analyst adds to a request, on its page: the notes and the decision side by side, the
 * audit trail, and the "Credit memo…" action. A {@link ScreenPart} of the page: while it is shown
 * the records are read and the draft of the note being typed is kept; when it leaves, the draft is
 * written and reads in flight are dropped.
 */
final class CreditFileSection implements ScreenPart {

    private final CreditFileModel file;
    private final NotesModel notesModel;
    private final NotesPart notes;
    private final DecisionPart decision;
    private final HistoryPart history;
    private final MemoAction memo;
    private final SplitPane notesAndDecision;

    CreditFileSection(String requestId, BackgroundTasks tasks, CreditFile creditFile, ExportTargetChooser chooser,
            Supplier<Optional<ExportSubject>> subject) {
        this.file = new CreditFileModel(requestId, tasks, creditFile);
        this.notesModel = new NotesModel(file);
        this.notes = new NotesPart(notesModel);
        this.decision = new DecisionPart(new DecisionModel(file));
        this.history = new HistoryPart(file);
        file.contentsProperty().addListener((o, was, read) -> {
            if (read != null) {
                notes.show(read);
                decision.showHistory(read);
                history.show(read);
            }
        });
        this.memo = new MemoAction(file, chooser, subject);
        ScrollPane decisionScroll = new UncachedScrollPane(decision);
        decisionScroll.setFitToWidth(true);
        notesAndDecision = new SplitPane(notes, decisionScroll);
        notesAndDecision.setId("notes-and-decision");
        notesAndDecision.setOrientation(Orientation.HORIZONTAL);
        notesAndDecision.setDividerPositions(0.5);
    }

    /** The notes beside the decision: the content of the page's "Notes and decision" tab. */
    @Override
    public Node view() {
        return notesAndDecision;
    }

    /** The audit trail: the content of the page's "History" tab. */
    Node history() {
        return history.view();
    }

    /** The "Credit memo…" button with what becomes of it, for the page's header. */
    Node memoAction() {
        return memo.view();
    }

    /** Reads the records again: what was done since (a document sent, a report received) joins the trail. */
    void reread() {
        file.reload();
    }

    /** Puts a quoted report value into the note being typed. */
    void quote(Quotation quotation) {
        notes.quote(quotation);
    }

    @Override
    public void activate() {
        notesModel.activate();
        file.reload();
    }

    @Override
    public void deactivate() {
        notesModel.deactivate();
        file.stop();
    }
}
