package io.xraydesk.ui.requestpage;

import io.xraydesk.core.analystnotes.NoteDocument;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.scene.layout.VBox;

/**
 * Draws a note as its readers see it ({@link NoteDocument}): paragraphs, bullet items, bold runs and
 * quoted report values, the quotations in the accent colour so they read as taken from a report.
 */
final class NoteText {

    private NoteText() {
    }

    static Node of(NoteDocument document) {
        VBox blocks = new VBox(6);
        blocks.getStyleClass().add("note-text");
        for (NoteDocument.Block block : document.blocks()) {
            if (block instanceof NoteDocument.Paragraph paragraph) {
                blocks.getChildren().add(flow("", paragraph.inlines()));
            } else if (block instanceof NoteDocument.BulletList list) {
                VBox items = new VBox(2);
                list.items().forEach(item -> items.getChildren().add(flow("•  ", item)));
                blocks.getChildren().add(items);
            }
        }
        return blocks;
    }

    private static TextFlow flow(String lead, List<NoteDocument.Inline> inlines) {
        TextFlow flow = new TextFlow();
        if (!lead.isEmpty()) {
            flow.getChildren().add(run(lead, "note-bullet"));
        }
        for (NoteDocument.Inline inline : inlines) {
            if (inline instanceof NoteDocument.Text text) {
                flow.getChildren().add(run(text.text(), text.bold() ? "note-bold" : "note-plain"));
            } else if (inline instanceof NoteDocument.LineBreak) {
                flow.getChildren().add(run("\n" + (lead.isEmpty() ? "" : "    "), "note-plain"));
            } else if (inline instanceof NoteDocument.Quote quote) {
                flow.getChildren().add(run(quote.quotation().label(), "note-quote"));
            }
        }
        return flow;
    }

    private static Text run(String text, String styleClass) {
        Text run = new Text(text);
        run.getStyleClass().addAll("text", styleClass);
        return run;
    }
}
