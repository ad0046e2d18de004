package io.xraydesk.ui.upload;

import java.util.List;
import javafx.scene.Node;

/**
 * What one table cell shows for a row. An instance belongs to one cell and may keep its nodes from one
 * row to the next: a recycled cell then only changes texts, which costs the JavaFX thread far less than
 * new nodes needing their CSS.
 */
@FunctionalInterface
interface CellContent {

    /** The node for {@code row}; every binding or listener added registers its removal in {@code undo}. */
    Node show(UploadRow row, List<Runnable> undo);
}
