package io.xraydesk.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.ReportTable.Column;
import io.xraydesk.core.export.ReportTable.Row;
import io.xraydesk.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ESG X-Ray (docs/october-api.md, Reports): overall and E/S/G scores out of 100 (absent while declarative inputs are
 * missing), the criteria with their inputs, missing ones highlighted.
 */
final class EsgContent {

    private static final List<String> CATEGORIES = List.of("environmental", "social", "governance");

    /** The paths of {@code data} this reader shows (list positions left out); the rest goes to "Other fields". */
    static final Set<String> SHOWN = Set.of("overall", "scores.environmental", "scores.social", "scores.governance",
            "missingInputs[]", "criteria[].missing", "criteria[].category", "criteria[].name", "criteria[].inputs[]",
            "criteria[].score");

    private EsgContent() {
    }

    static ReportContent build(Report report, Figures figures) {
        JsonNode data = report.data();
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of(Messages.get("report.esg.overall"), outOfHundred(JsonFields.number(data, "overall"), figures)));
        JsonNode scores = JsonFields.object(data, "scores");
        for (String category : CATEGORIES) {
            facts.add(Fact.of(Messages.get("report.esg.category." + category),
                    outOfHundred(JsonFields.number(scores, category), figures)));
        }
        List<String> missing = JsonFields.texts(data, "missingInputs");
        if (!missing.isEmpty()) {
            facts.add(new Fact(Messages.get("report.esg.missingInputs"), String.join(", ", missing), Emphasis.WARNING));
        }
        List<Row> rows = new ArrayList<>();
        String missingMark = Messages.get("report.esg.missing");
        String scoredMark = Messages.get("report.esg.scored");
        for (DataItem criterion : DataItem.of(data, "criteria")) {
            JsonNode c = criterion.node();
            boolean isMissing = JsonFields.bool(c, "missing").orElse(false);
            String category = JsonFields.text(c, "category").orElse(null);
            String categoryLabel = category != null && CATEGORIES.contains(category)
                    ? Messages.get("report.esg.category." + category) : category;
            Object score = Cells.number(c, "score");
            String status = isMissing ? missingMark : score != null ? scoredMark : "";
            Row row = new Row(java.util.Arrays.asList(categoryLabel, Cells.text(c, "name"),
                    String.join(", ", JsonFields.texts(c, "inputs")), score, status),
                    isMissing ? Emphasis.WARNING : Emphasis.NONE);
            // A criterion's row quotes its score, named as the report names the criterion.
            rows.add(criterion.quoting(row, "score", JsonFields.text(c, "name").orElse(null)));
        }
        ReportTable criteria = new ReportTable(Messages.get("report.esg.criteria"), List.of(
                new Column(Messages.get("report.column.category"), ColumnKind.TEXT),
                new Column(Messages.get("report.column.criterion"), ColumnKind.TEXT),
                new Column(Messages.get("report.column.inputs"), ColumnKind.TEXT),
                new Column(Messages.get("report.column.score"), ColumnKind.INTEGER),
                new Column(Messages.get("report.column.status"), ColumnKind.TEXT)), rows);
        // The ESG grade is documented as absent while declarative inputs are missing: say why.
        String note = report.score() == null && !missing.isEmpty() ? Messages.get("report.esg.notRated") : null;
        return new ReportContent(ReportContents.sourceTitle(report), report.score(), note, facts, List.of(),
                List.of(criteria));
    }

    private static String outOfHundred(java.util.OptionalDouble value, Figures figures) {
        return value.isPresent() ? Messages.get("report.esg.outOf100", figures.number(value.getAsDouble(), 0))
                : Figures.DASH;
    }
}
