package io.xraydesk.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.ReportTable.Column;
import io.xraydesk.core.export.ReportTable.Row;
import io.xraydesk.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Financial X-Ray (docs/october-api.md, Reports): grade, probability of default and the ten most influential
 * variables, each with the direction it pushed the score ({@code up} = better).
 */
final class FinancialContent {

    /** The API documents ten variables; more are kept in the table but the chart shows ten. */
    static final int CHART_VARIABLES = 10;

    /** The paths of {@code data} this reader shows (list positions left out); the rest goes to "Other fields". */
    static final Set<String> SHOWN = Set.of("grade", "probabilityOfDefault", "basedOnNotes", "variables[].name",
            "variables[].impact", "variables[].weight", "variables[].value");

    private FinancialContent() {
    }

    static ReportContent build(Report report, Figures figures) {
        JsonNode data = report.data();
        String grade = report.score() != null ? report.score() : JsonFields.text(data, "grade").orElse(null);
        OptionalDouble pd = JsonFields.number(data, "probabilityOfDefault");
        List<Fact> facts = new ArrayList<>();
        Fact pdFact = Fact.of(Messages.get("report.financial.pd"), figures.percentOfFraction(pd, 2));
        // The probability of default, quoted from the Summary, is named as this figure names it.
        facts.add(pd.isPresent() ? pdFact.quoting("/data/probabilityOfDefault") : pdFact);
        JsonFields.bool(data, "basedOnNotes").ifPresent(notes -> facts.add(Fact.of(
                Messages.get("report.financial.basis"),
                Messages.get(notes ? "report.financial.basis.notes" : "report.financial.basis.statements"))));

        List<Row> rows = new ArrayList<>();
        List<Chart.Diverging.Bar> bars = new ArrayList<>();
        // The chart's legend speaks of the variables together, each row of one variable (French agrees).
        String up = Messages.get("report.financial.up.one");
        String down = Messages.get("report.financial.down.one");
        for (DataItem variable : DataItem.of(data, "variables")) {
            JsonNode v = variable.node();
            String name = JsonFields.text(v, "name").orElse(Figures.DASH);
            int sign = direction(JsonFields.text(v, "impact").orElse(""));
            OptionalDouble weight = JsonFields.number(v, "weight");
            Row row = new Row(java.util.Arrays.asList(name, sign > 0 ? up : sign < 0 ? down : null,
                    Cells.boxed(weight), Cells.number(v, "value")),
                    sign > 0 ? Emphasis.GOOD : sign < 0 ? Emphasis.BAD : Emphasis.NONE);
            // A ratio's row quotes its value, named as the report names the ratio ("Current ratio").
            rows.add(variable.quoting(row, "value", JsonFields.text(v, "name").orElse(null)));
            if (sign != 0 && bars.size() < CHART_VARIABLES) {
                // Without a weight every variable gets the same length: the direction still reads.
                bars.add(new Chart.Diverging.Bar(name, sign * weight.orElse(1.0 / CHART_VARIABLES)));
            }
        }
        ReportTable variables = new ReportTable(Messages.get("report.financial.variables"), List.of(
                new Column(Messages.get("report.column.variable"), ColumnKind.TEXT),
                new Column(Messages.get("report.column.direction"), ColumnKind.TEXT),
                new Column(Messages.get("report.column.weight"), ColumnKind.PERCENT_OF_FRACTION),
                new Column(Messages.get("report.column.value"), ColumnKind.TEXT)), rows);
        Chart chart = new Chart.Diverging(Messages.get("report.financial.chart"),
                Messages.get("report.financial.down"), Messages.get("report.financial.up"), bars);
        return new ReportContent(ReportContents.sourceTitle(report), grade, null, facts, List.of(chart),
                List.of(variables));
    }

    /** {@code up}/{@code positive} → +1, {@code down}/{@code negative} → −1, anything else 0. */
    static int direction(String impact) {
        return switch (impact.toLowerCase(Locale.ROOT)) {
            case "up", "positive", "+" -> 1;
            case "down", "negative", "-" -> -1;
            default -> 0;
        };
    }
}
