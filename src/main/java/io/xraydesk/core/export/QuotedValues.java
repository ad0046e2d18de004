package io.xraydesk.core.export;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A quoted report value written as the screen that shows it writes it, in the reader's language: a
 * quotation keeps the raw value the report holds ({@code 0.024}), and a reader sees what the Summary
 * or the X-Ray's tab shows there ({@code 2.40%}, {@code 2,40 %}). How a value is shown depends only on
 * its X-Ray and its place in the report, so a quotation written before this was known reads the same
 * (docs/workflow.md, Quotations of report values).
 */
public final class QuotedValues {

    /** "Any position in a list" in the places below. */
    private static final String POSITION = "*";

    /**
     * The places whose value the screens format, by X-Ray and JSON Pointer with list positions as
     * {@code *}, each with how its screen writes it; every other value (grades, names, texts) reads
     * as the report holds it.
     */
    private static final Map<String, BiFunction<Double, Figures, String>> FORMATTED = Map.ofEntries(
            // The Summary's and the Financial tab's probability of default.
            Map.entry("financial /data/probabilityOfDefault", (pd, figures) -> figures.percentOfFraction(pd, 2)),
            Map.entry("financial /data/variables/*/value", column(ColumnKind.TEXT)),
            Map.entry("financial /data/variables/*/weight", column(ColumnKind.PERCENT_OF_FRACTION)),
            // The Summary's and the Bank tab's data sanity, on a 0–100 scale.
            Map.entry("bank /data/dataSanity", (sanity, figures) -> figures.percentOfHundred(OptionalDouble.of(sanity))),
            Map.entry("bank /data/indicators/*/weight", column(ColumnKind.PERCENT_OF_FRACTION)),
            Map.entry("bank /data/transactions/*/amount", column(ColumnKind.AMOUNT)),
            Map.entry("bank /data/topCounterparties/byAmount/*/amount", column(ColumnKind.AMOUNT)),
            Map.entry("bank /data/topCounterparties/byAmount/*/count", column(ColumnKind.INTEGER)),
            Map.entry("bank /data/topCounterparties/byCount/*/amount", column(ColumnKind.AMOUNT)),
            Map.entry("bank /data/topCounterparties/byCount/*/count", column(ColumnKind.INTEGER)),
            Map.entry("esg /data/criteria/*/score", column(ColumnKind.INTEGER)));

    /** The dated places, written as the screens write a day ("Mar 31, 2024", "31 mars 2024"). */
    private static final Set<String> DATES = Set.of("bank /data/transactions/*/date",
            "bank /data/period/from", "bank /data/period/to");

    private QuotedValues() {
    }

    /**
     * {@code raw}, read at {@code pointer} in a report of {@code source}, as the screen showing it
     * writes it for {@code figures}' reader; as it is when the place is not one the screens format or
     * the value is not the number the place holds.
     */
    public static String shown(String source, String pointer, String raw, Figures figures) {
        String place = source + " " + withoutPositions(pointer);
        if (DATES.contains(place)) {
            return figures.date(raw);
        }
        BiFunction<Double, Figures, String> format = FORMATTED.get(place);
        if (format == null) {
            return raw;
        }
        try {
            return format.apply(Double.parseDouble(raw.strip()), figures);
        } catch (NumberFormatException notANumber) {
            return raw;
        }
    }

    /** As a table's cell of {@code kind} shows a number (ReportTable.display). */
    private static BiFunction<Double, Figures, String> column(ColumnKind kind) {
        return (number, figures) -> ReportTable.display(number, kind, figures);
    }

    /** {@code /data/variables/3/value} as {@code /data/variables/*}{@code /value}. */
    private static String withoutPositions(String pointer) {
        String[] steps = pointer.split("/", -1);
        for (int i = 0; i < steps.length; i++) {
            if (!steps[i].isEmpty() && steps[i].chars().allMatch(Character::isDigit)) {
                steps[i] = POSITION;
            }
        }
        return String.join("/", steps);
    }
}
