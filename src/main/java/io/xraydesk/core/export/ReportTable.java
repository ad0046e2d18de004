package io.xraydesk.core.export;

import java.util.List;

/**
 * A titled table of a report: typed columns and rows of raw values ({@link String}, {@link Double}
 * or null for absent). Screens, PDF and CSV all render it.
 */
public record ReportTable(String title, List<Column> columns, List<Row> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public record Column(String title, ColumnKind kind) {
    }

    /** Values line up with the columns; null values are allowed (absent). */
    public record Row(List<Object> values, Emphasis emphasis) {

        public Row {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        public static Row of(Object... values) {
            return new Row(java.util.Arrays.asList(values), Emphasis.NONE);
        }

        public Object value(int column) {
            return column < values.size() ? values.get(column) : null;
        }
    }

    /** A value as the reader sees it on screen and on paper. */
    public static String display(Object value, ColumnKind kind, Figures figures) {
        if (value == null) {
            return Figures.DASH;
        }
        if (value instanceof Double number) {
            return switch (kind) {
                case AMOUNT -> figures.amount(number);
                case INTEGER -> figures.number(number, 0);
                case PERCENT_OF_FRACTION -> figures.percentOfFraction(number, 0);
                default -> figures.number(number, 2);
            };
        }
        String text = value.toString();
        return kind == ColumnKind.DATE ? figures.date(text) : text;
    }
}
