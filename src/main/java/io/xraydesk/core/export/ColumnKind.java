package io.xraydesk.core.export;

/**
 * How a table column's values are written. Cells hold raw values (text or number) so that CSV gets
 * plain numbers and screen/PDF get formatted ones. {@link #GRADE} is text the screen draws as a badge.
 */
public enum ColumnKind {
    TEXT, GRADE, AMOUNT, INTEGER, PERCENT_OF_FRACTION, DATE;

    public boolean numeric() {
        return this == AMOUNT || this == INTEGER || this == PERCENT_OF_FRACTION;
    }
}
