package io.xraydesk.ui.upload;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Labeled;

/**
 * One part of a file's description (category, period or date): an editor while the row is a draft,
 * plain text once sent. Editors on every line of a large upload would cost the JavaFX thread tens of
 * milliseconds each time rows arrive; a sent description can no longer change anyway. A refused row
 * shows nothing, its description no longer matters.
 */
final class DescriptionContent implements CellContent {

    private final CellContent editor;
    private final TextContent sent;

    DescriptionContent(CellContent editor, Function<UploadRow, String> text) {
        this.editor = editor;
        this.sent = new TextContent(row -> row.kindProperty().get() == UploadRow.Kind.REFUSED ? "" : text.apply(row));
    }

    @Override
    public void show(UploadRow row, Labeled cell, List<Runnable> undo) {
        (row.isEditable() ? editor : sent).show(row, cell, undo);
    }
}
