package io.xraydesk.ui.upload;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;

/**
 * A cell whose content is bound to its row's properties for as long as it shows that row: bindings
 * are undone when the cell is reused for another row, so recycled cells never edit the wrong file.
 */
abstract class BoundCell extends TableCell<UploadRow, UploadRow> {

    private final List<Runnable> undo = new ArrayList<>();
    private UploadRow shown;

    @Override
    protected final void updateItem(UploadRow row, boolean empty) {
        super.updateItem(row, empty);
        UploadRow next = empty ? null : row;
        if (next != null && next == shown) {
            return; // the table re-announces the same row after every list change: keep the bound content
        }
        shown = next;
        undo.forEach(Runnable::run);
        undo.clear();
        setText(null);
        setGraphic(empty || row == null ? null : bind(row, undo));
    }

    /** The content for {@code row}; every binding or listener added registers its removal in {@code undo}. */
    protected abstract Node bind(UploadRow row, List<Runnable> undo);
}
