package io.xraydesk.ui.dashboard;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableColumn;

/**
 * How the requests list's rows sort on each column, over the rows' own values. The table's own comparator asks
 * each column for a cell value at every comparison (about 130,000 of them to sort 10,000 rows, each making a
 * wrapper), which made the first sort of the whole list one of the longest stalls of the UI thread
 * (docs/portfolio.md, Speed). The order is the table's: its sort order's columns one after the other, a
 * descending column reversed, a column that cannot sort skipped.
 */
final class RowOrder {

    private final Map<TableColumn<RequestRow, ?>, Comparator<RequestRow>> byColumn = new HashMap<>();

    /** Rows sort ascending on {@code column} in {@code order}. */
    void put(TableColumn<RequestRow, ?> column, Comparator<RequestRow> order) {
        byColumn.put(column, order);
    }

    /** The rows' order for the table's {@code sortOrder}; null (the list's own order) when no column sorts. */
    Comparator<RequestRow> of(List<? extends TableColumn<RequestRow, ?>> sortOrder) {
        Comparator<RequestRow> order = null;
        for (TableColumn<RequestRow, ?> column : sortOrder) {
            if (!column.isSortable() || column.getSortType() == null) {
                continue;
            }
            Comparator<RequestRow> ascending = byColumn.get(column);
            if (ascending == null) {
                throw new IllegalStateException("no row order for the column " + column.getId());
            }
            Comparator<RequestRow> one = column.getSortType() == TableColumn.SortType.DESCENDING
                    ? ascending.reversed() : ascending;
            order = order == null ? one : order.thenComparing(one);
        }
        return order;
    }
}
