package io.xraydesk.ui.upload;

import java.util.List;
import javafx.scene.control.Labeled;

/**
 * What one table cell shows for a row. An instance belongs to one cell and may keep its nodes from one
 * row to the next: a recycled cell then only changes texts, which costs the JavaFX thread far less than
 * new nodes needing their CSS. Plain text goes in the cell itself, not in a label of its own.
 */
@FunctionalInterface
interface CellContent {

    /**
     * Sets {@code cell}'s text and graphic for {@code row}; every binding or listener added registers its
     * removal in {@code undo}.
     */
    void show(UploadRow row, Labeled cell, List<Runnable> undo);
}
