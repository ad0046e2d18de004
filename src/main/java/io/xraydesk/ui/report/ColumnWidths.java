package io.xraydesk.ui.report;

import io.xraydesk.core.export.ColumnKind;
import io.xraydesk.core.export.Figures;
import io.xraydesk.core.export.ReportTable;

/**
 * A report column's starting width from its longest text (the title or a value among the first rows),
 * so that a column of short figures leaves room to one of long labels instead of all being equal.
 */
final class ColumnWidths {

    /** Enough rows to see the usual lengths; a 50,000-line table is not read whole for this. */
    private static final int ROWS_LOOKED_AT = 200;
    /** The average width of a character of the table font (13 px), padding of a cell aside. */
    private static final double CHARACTER_WIDTH = 7.2;
    private static final double CELL_PADDING = 24;
    private static final double NARROWEST = 64;
    private static final double WIDEST = 420;

    private ColumnWidths() {
    }

    static double of(ReportTable table, int index, Figures figures) {
        ReportTable.Column column = table.columns().get(index);
        int longest = column.title().length();
        if (column.kind() != ColumnKind.GRADE) {
            for (ReportTable.Row row : table.rows().subList(0, Math.min(ROWS_LOOKED_AT, table.rows().size()))) {
                String shown = ReportTable.display(row.value(index), column.kind(), figures);
                longest = Math.max(longest, shown == null ? 0 : shown.length());
            }
        }
        return Math.max(NARROWEST, Math.min(WIDEST, longest * CHARACTER_WIDTH + CELL_PADDING));
    }
}
