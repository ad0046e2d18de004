package io.xraydesk.store;

import java.util.List;

/**
 * How the analyst arranged a table, kept between launches: each column's width and whether it is shown,
 * in the order shown, and the columns it is sorted by. Columns are named by their stable ids; an id this
 * version no longer has is ignored, a column not named keeps its default.
 */
public record TableLayout(List<Column> columns, List<SortKey> sortOrder) {

    public TableLayout {
        columns = columns == null ? List.of() : List.copyOf(columns);
        sortOrder = sortOrder == null ? List.of() : List.copyOf(sortOrder);
    }

    public record Column(String id, double width, boolean visible) {
    }

    public record SortKey(String id, boolean descending) {
    }
}
