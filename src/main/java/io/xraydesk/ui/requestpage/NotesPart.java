package io.xraydesk.ui.requestpage;

import io.xraydesk.core.analystnotes.NoteMarkup;
import io.xraydesk.core.analystnotes.Quotation;
import io.xraydesk.core.creditfile.CreditFile;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.StoredNote;
import io.xraydesk.ui.widgets.RequestLabels;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The notes of a request: those published, each with who last wrote it and when, drawn with their
 * formatting; and the editor of a new note, a plain text box in the notes markup with buttons that
 * type the markup (bold, bullet, paragraph), "Add note", and the quotations the page sends it.
 */
final class NotesPart extends VBox {

    private final NotesModel model;
    private final VBox published = new VBox(8);
    private final TextArea editor = new TextArea();

    NotesPart(NotesModel model) {
        super(8);
        this.model = model;
        build();
    }

    /** Types the quotation into the note where the caret is, as a word of its own. */
    void quote(Quotation quotation) {
        String markup = quotation.toMarkup();
        int caret = editor.getCaretPosition();
        String before = editor.getText().substring(0, caret);
        String spaced = (before.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1)) ? "" : " ")
                + markup + " ";
        editor.insertText(caret, spaced);
    }

    private void build() {
        setId("notes-part");
        setPadding(new Insets(8));
        Label title = new Label(Messages.get("notes.title"));
        title.getStyleClass().add("title-4");
        published.setId("notes-list");
        published.getChildren().setAll(SummaryView.muted(Messages.get("notes.none")));
        ScrollPane list = new ScrollPane(published);
        list.setFitToWidth(true);
        list.setPrefViewportHeight(160);
        VBox.setVgrow(list, Priority.ALWAYS);

        editor.setId("notes-editor");
        editor.setWrapText(true);
        editor.setPrefRowCount(6);
        editor.setPromptText(Messages.get("notes.editor.prompt"));
        editor.textProperty().bindBidirectional(model.text);
        editor.disableProperty().bind(model.editable.not());
        editor.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                model.editorLeft();
            }
        });
        Button add = new Button(Messages.get("notes.add"));
        add.setId("notes-add");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(editor.disableProperty());
        add.setOnAction(event -> model.publish());
        Label message = new Label();
        message.setId("notes-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(6, markupButton("notes-bold", "notes.bold", "notes.bold.hint", this::bold),
                markupButton("notes-bullet", "notes.bullet", "notes.bullet.hint", this::bullet),
                markupButton("notes-paragraph", "notes.paragraph", "notes.paragraph.hint", this::paragraph), spacer,
                add);
        Label newNote = new Label(Messages.get("notes.new"));
        newNote.getStyleClass().add("text-bold");
        getChildren().addAll(title, list, newNote, tools, editor, message);
    }

    private Button markupButton(String id, String labelKey, String hintKey, Runnable action) {
        Button button = new Button(Messages.get(labelKey));
        button.setId(id);
        button.setTooltip(new Tooltip(Messages.get(hintKey)));
        button.disableProperty().bind(model.editable.not());
        button.setOnAction(event -> {
            action.run();
            editor.requestFocus();
        });
        return button;
    }

    /** Wraps the selection in the bold markup, or opens an empty bold run at the caret. */
    private void bold() {
        String selected = editor.getSelectedText();
        int start = editor.getSelection().getStart();
        editor.replaceSelection("**" + selected + "**");
        if (selected.isEmpty()) {
            editor.positionCaret(start + 2);
        }
    }

    /** Starts the caret's line as a bullet item. */
    private void bullet() {
        int lineStart = editor.getText().lastIndexOf('\n', Math.max(0, editor.getCaretPosition() - 1)) + 1;
        if (!editor.getText().startsWith("- ", lineStart)) {
            editor.insertText(lineStart, "- ");
        }
    }

    /** A blank line: the text after the caret starts a new paragraph. */
    private void paragraph() {
        editor.insertText(editor.getCaretPosition(), "\n\n");
    }

    /** Lists the notes of a fresh read. */
    void show(CreditFile.Contents read) {
        List<StoredNote> notes = read.notes();
        if (notes.isEmpty()) {
            published.getChildren().setAll(SummaryView.muted(Messages.get("notes.none")));
            return;
        }
        published.getChildren().clear();
        for (StoredNote note : notes) {
            Label byline = SummaryView.muted(Messages.get("notes.byline", note.lastChangedBy().displayName(),
                    RequestLabels.dateTime(note.lastChangedAt())));
            VBox card = new VBox(4, byline, NoteText.of(NoteMarkup.parse(note.text())));
            card.getStyleClass().add("note-card");
            card.setId("note-" + note.id());
            published.getChildren().add(card);
        }
    }
}
