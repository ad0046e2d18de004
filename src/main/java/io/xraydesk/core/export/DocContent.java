package io.xraydesk.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.ReportTable.Column;
import io.xraydesk.core.export.ReportTable.Row;
import io.xraydesk.core.i18n.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;

/**
 * Doc X-Ray (docs/october-api.md, Reports): one document's checks, the alerts with their severity, the overall flag.
 */
final class DocContent {

    /** The paths of {@code data} this reader shows (list positions left out); the rest goes to "Other fields". */
    static final Set<String> SHOWN = Set.of("documentName", "flag", "checksRun", "alerts[].name",
            "alerts[].severity", "alerts[].page", "checks[].name", "checks[].passed");

    private DocContent() {
    }

    static ReportContent build(Report report, Figures figures) {
        JsonNode data = report.data();
        List<Fact> facts = new ArrayList<>();
        facts.add(Fact.of(Messages.get("report.doc.document"), JsonFields.text(data, "documentName").orElse(Figures.DASH)));
        String flag = JsonFields.text(data, "flag").orElse(null);
        facts.add(new Fact(Messages.get("report.doc.flag"), flag == null ? Figures.DASH : severityLabel(flag),
                tone(flag)));
        facts.add(Fact.of(Messages.get("report.doc.checksRun"), figures.number(JsonFields.number(data, "checksRun"), 0)));

        List<Row> alerts = new ArrayList<>();
        // A failed check takes the colour of its alert's severity (the worst one if it raised several).
        Map<String, Emphasis> alertTone = new HashMap<>();
        for (DataItem alert : DataItem.of(data, "alerts")) {
            JsonNode a = alert.node();
            String severity = JsonFields.text(a, "severity").orElse(null);
            Row row = new Row(java.util.Arrays.asList(Cells.text(a, "name"),
                    severity == null ? null : severityLabel(severity), Cells.number(a, "page")), tone(severity));
            alerts.add(alert.quoting(row, "name", severity == null ? Messages.get("notes.quote.name.alert")
                    : Messages.get("notes.quote.name.alertSeverity", lowerCase(severityLabel(severity)))));
            JsonFields.text(a, "name").ifPresent(name -> alertTone.merge(name, tone(severity), DocContent::worse));
        }
        List<Row> checks = new ArrayList<>();
        for (DataItem check : DataItem.of(data, "checks")) {
            JsonNode c = check.node();
            Boolean passed = JsonFields.bool(c, "passed").orElse(null);
            String result = passed == null ? null : Messages.get(passed ? "report.doc.passed" : "report.doc.failed");
            Emphasis failed = JsonFields.text(c, "name").map(alertTone::get).filter(t -> t != Emphasis.NONE)
                    .orElse(Emphasis.BAD);
            Row row = new Row(java.util.Arrays.asList(Cells.text(c, "name"), result),
                    passed == null ? Emphasis.NONE : passed ? Emphasis.GOOD : failed);
            checks.add(check.quoting(row, "name", checkName(result)));
        }
        return new ReportContent(ReportContents.sourceTitle(report), report.score(), null, facts, List.of(), List.of(
                new ReportTable(Messages.get("report.doc.checks"), List.of(
                        new Column(Messages.get("report.column.check"), ColumnKind.TEXT),
                        new Column(Messages.get("report.column.result"), ColumnKind.TEXT)), checks),
                new ReportTable(Messages.get("report.doc.alerts"), List.of(
                        new Column(Messages.get("report.column.check"), ColumnKind.TEXT),
                        new Column(Messages.get("report.column.severity"), ColumnKind.TEXT),
                        new Column(Messages.get("report.column.page"), ColumnKind.INTEGER)), alerts)));
    }

    /** Known severities translated; others (the API may add some) verbatim. */
    static String severityLabel(String severity) {
        return switch (severity.toLowerCase(Locale.ROOT)) {
            case "ok" -> Messages.get("report.severity.ok");
            case "warning" -> Messages.get("report.severity.warning");
            case "critical" -> Messages.get("report.severity.critical");
            case "alert" -> Messages.get("report.severity.alert");
            default -> severity;
        };
    }

    /** What a quoted check is called: "check: passed", or "check" when its result is unknown. */
    static String checkName(String result) {
        return result == null ? Messages.get("notes.quote.name.check")
                : Messages.get("notes.quote.name.checkResult", lowerCase(result));
    }

    /** A word of the table ("Critical") as it reads inside a sentence ("alert: critical"). */
    private static String lowerCase(String word) {
        return word.toLowerCase(Messages.locale());
    }

    private static Emphasis worse(Emphasis one, Emphasis other) {
        return one == Emphasis.BAD || other == Emphasis.BAD ? Emphasis.BAD
                : one == Emphasis.WARNING || other == Emphasis.WARNING ? Emphasis.WARNING : one;
    }

    static Emphasis tone(String severity) {
        if (severity == null) {
            return Emphasis.NONE;
        }
        return switch (severity.toLowerCase(Locale.ROOT)) {
            case "ok" -> Emphasis.GOOD;
            case "warning" -> Emphasis.WARNING;
            case "critical", "alert" -> Emphasis.BAD;
            default -> Emphasis.NONE;
        };
    }
}
