package io.xraydesk.core.export;

/** One key figure of a report, already formatted for the reader's locale. */
public record Fact(String label, String value, Emphasis emphasis) {

    public static Fact of(String label, String value) {
        return new Fact(label, value, Emphasis.NONE);
    }
}
