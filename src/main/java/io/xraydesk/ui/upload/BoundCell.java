package io.xraydesk.ui.upload;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.control.TableCell;

/**
 * A cell whose content is bound to its row's properties for as long as it shows that row: bindings
 * are undone when the cell is reused for another row, so recycled cells never edit the wrong file.
 * The content is shown again when the row changes {@linkplain UploadRow.Kind kind}: a draft has
 * editors, a sent row plain text.
 */
final class BoundCell extends TableCell<UploadRow, UploadRow> {

    private final CellContent content;
    private final List<Runnable> undo = new ArrayList<>();
    private final InvalidationListener kindChanged = obs -> refresh();
    private UploadRow shown;

    BoundCell(CellContent content) {
        this.content = content;
    }

    @Override
    protected void updateItem(UploadRow row, boolean empty) {
        super.updateItem(row, empty);
        UploadRow next = empty ? null : row;
        if (next != null && next == shown) {
            return; // the table re-announces the same row after every list change: keep the bound content
        }
        if (shown != null) {
            shown.kindProperty().removeListener(kindChanged);
        }
        shown = next;
        if (shown != null) {
            shown.kindProperty().addListener(kindChanged);
        }
        refresh();
    }

    private void refresh() {
        undo.forEach(Runnable::run);
        undo.clear();
        setText(null);
        setGraphic(null);
        if (shown != null) {
            content.show(shown, this, undo);
        }
    }
}
