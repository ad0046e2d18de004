package io.xraydesk.core.export;

/**
 * One key figure of a report, already formatted for the reader's locale.
 *
 * @param quoted the value of the report the figure stands for, which an analyst can quote, named as
 *     the figure is; null when it stands for none (a count, a period)
 */
public record Fact(String label, String value, Emphasis emphasis, ReportTable.Quoted quoted) {

    /** A figure with nothing to quote. */
    public Fact(String label, String value, Emphasis emphasis) {
        this(label, value, emphasis, null);
    }

    public static Fact of(String label, String value) {
        return new Fact(label, value, Emphasis.NONE);
    }

    /** This figure, standing for the value at {@code pointer} in the report, named by its label. */
    public Fact quoting(String pointer) {
        return new Fact(label, value, emphasis, new ReportTable.Quoted(pointer, label));
    }
}
