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

    /**
     * Values line up with the columns; null values are allowed (absent).
     *
     * @param quoted the value of the row an analyst can quote in a note, null when the row has none
     */
    public record Row(List<Object> values, Emphasis emphasis, Quoted quoted) {

        public Row {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }

        /** A row with nothing to quote. */
        public Row(List<Object> values, Emphasis emphasis) {
            this(values, emphasis, null);
        }

        public static Row of(Object... values) {
            return new Row(java.util.Arrays.asList(values), Emphasis.NONE);
        }

        /** This row, whose value at {@code pointer} in the report is quoted as {@code name}. */
        public Row quoting(String pointer, String name) {
            return new Row(values, emphasis, new Quoted(pointer, name));
        }

        public Object value(int column) {
            return column < values.size() ? values.get(column) : null;
        }
    }

    /**
     * The value a row stands for, which an analyst can quote: its place in the report as a JSON Pointer
     * ({@code /data/variables/3/value}) and what the row calls it, in the reader's language ("Current
     * ratio", "critical alert").
     */
    public record Quoted(String pointer, String name) {

        public Quoted {
            java.util.Objects.requireNonNull(pointer, "pointer");
            java.util.Objects.requireNonNull(name, "name");
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
