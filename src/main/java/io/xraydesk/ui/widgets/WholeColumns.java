package io.xraydesk.ui.widgets;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

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
     * table's layout, where the headers and cells of the moment exist.
     */
    public static void fit(TableView<?> table, Set<? extends TableColumnBase<?, ?>> wholeCells,
            Set<? extends TableColumnBase<?, ?>> wholeWords) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.lookup(".label") instanceof Label label) {
                atLeast(header.getTableColumn(), Math.ceil(label.prefWidth(-1)) + ROOM_BESIDE_HEADER_TEXT);
            }
        }
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && wholeCells.contains(cell.getTableColumn())) {
                atLeast(cell.getTableColumn(), Math.ceil(contentWidth(cell) + cell.snappedLeftInset()
                        + cell.snappedRightInset()));
            } else if (node instanceof TableCell<?, ?> cell && wholeWords.contains(cell.getTableColumn())
                    && cell.getGraphic() != null && cell.getGraphic().lookup(".label") instanceof Labeled label) {
                atLeast(cell.getTableColumn(), Math.ceil(longestWord(label) + label.snappedLeftInset()
                        + label.snappedRightInset() + cell.snappedLeftInset() + cell.snappedRightInset()));
            }
        }
    }

    /** The widest word of a label that wraps: narrower, a word would be broken ("document / s"). */
    private static double longestWord(Labeled label) {
        double widest = 0;
        for (String word : label.getText() == null ? new String[0] : label.getText().split("\\s+")) {
            widest = Math.max(widest, width(word, label.getFont()));
        }
        return widest;
    }

    private static double width(String shown, Font font) {
        Text text = new Text(shown);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }

    /** A cell's own measure is its column's width: what it holds is measured instead. */
    private static double contentWidth(IndexedCell<?> cell) {
        if (cell.getGraphic() != null) {
            return cell.getGraphic().prefWidth(-1);
        }
        if (cell.getText() == null || cell.getText().isEmpty()) {
            return 0;
        }
        return width(cell.getText(), cell.getFont());
    }

    private static void atLeast(TableColumnBase<?, ?> column, double width) {
        if (column != null && column.getMinWidth() < width) {
            column.setMinWidth(width);
        }
    }
}
