package io.xraydesk.ui.widgets;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps a table's column headers whole, and the cells of chosen columns (dates, codes) too: each
 * such column is made at least as wide as its widest shown text, whatever the window's width; the
 * table scrolls sideways rather than cut "Company c…" or "12/7/26, 6:…". Columns whose labels wrap
 * (state badges) are kept as wide as their longest word. Free text (a company's name) is left to
 * shrink, its whole text in a tooltip.
 */
public final class WholeColumns {

    /** The sort arrow and the header's padding beside its text. */
    private static final double ROOM_BESIDE_HEADER_TEXT = 24;

    private WholeColumns() {
    }

    /**
     * Widens the columns whose header or (for {@code wholeCells}) cell does not fit; call from the
     * table's layout, where the headers and cells of the moment exist. It runs at every layout pass of the table
     * (each frame while it scrolls): one walk of the table's nodes that stops at each header and cell, and each
     * text measured once ({@link TextWidths}).
     */
    public static void fit(TableView<?> table, Set<? extends TableColumnBase<?, ?>> wholeCells,
            Set<? extends TableColumnBase<?, ?>> wholeWords) {
        fitWithin(table, wholeCells, wholeWords);
    }

    private static void fitWithin(Node node, Set<? extends TableColumnBase<?, ?>> wholeCells,
            Set<? extends TableColumnBase<?, ?>> wholeWords) {
        if (node instanceof TableColumnHeader header && header.getStyleClass().contains("column-header")) {
            if (header.lookup(".label") instanceof Label label) {
                atLeast(header.getTableColumn(), Math.ceil(label.prefWidth(-1)) + ROOM_BESIDE_HEADER_TEXT);
            }
        } else if (node instanceof TableCell<?, ?> cell) {
            fitCell(cell, wholeCells, wholeWords);
        } else if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                fitWithin(child, wholeCells, wholeWords);
            }
        }
    }

    private static void fitCell(TableCell<?, ?> cell, Set<? extends TableColumnBase<?, ?>> wholeCells,
            Set<? extends TableColumnBase<?, ?>> wholeWords) {
        if (wholeCells.contains(cell.getTableColumn())) {
            atLeast(cell.getTableColumn(), Math.ceil(contentWidth(cell) + cell.snappedLeftInset()
                    + cell.snappedRightInset()));
        } else if (wholeWords.contains(cell.getTableColumn()) && cell.getGraphic() != null
                && cell.getGraphic().lookup(".label") instanceof Labeled label) {
            atLeast(cell.getTableColumn(), Math.ceil(longestWord(label) + label.snappedLeftInset()
                    + label.snappedRightInset() + cell.snappedLeftInset() + cell.snappedRightInset()));
        }
    }

    /** The widest word of a label that wraps: narrower, a word would be broken ("document / s"). */
    private static double longestWord(Labeled label) {
        double widest = 0;
        for (String word : label.getText() == null ? new String[0] : label.getText().split("\\s+")) {
            widest = Math.max(widest, TextWidths.of(word, label.getFont()));
        }
        return widest;
    }

    /** A cell's own measure is its column's width: what it holds is measured instead. */
    private static double contentWidth(IndexedCell<?> cell) {
        if (cell.getGraphic() != null) {
            return cell.getGraphic().prefWidth(-1);
        }
        if (cell.getText() == null || cell.getText().isEmpty()) {
            return 0;
        }
        return TextWidths.of(cell.getText(), cell.getFont());
    }

    private static void atLeast(TableColumnBase<?, ?> column, double width) {
        if (column != null && column.getMinWidth() < width) {
            column.setMinWidth(width);
        }
    }
}
