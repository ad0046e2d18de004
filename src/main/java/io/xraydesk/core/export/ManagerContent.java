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
 * Manager X-Ray. Its content is undocumented (docs/october-api.md, open question OQ-18): read as the sandbox lays it
 * out, managers ({@code name, role, since}) and checks ({@code name, status, detail}); anything else falls to the
 * generic view.
 */
final class ManagerContent {

    /** The paths of {@code data} this reader shows (list positions left out); the rest goes to "Other fields". */
    static final Set<String> SHOWN = Set.of("managers[].name", "managers[].role", "managers[].since",
            "checks[].name", "checks[].status", "checks[].detail");

    private ManagerContent() {
    }

    static ReportContent build(Report report, Figures figures) {
        JsonNode data = report.data();
        List<Row> managers = new ArrayList<>();
        for (DataItem manager : DataItem.of(data, "managers")) {
            JsonNode m = manager.node();
            // A manager is quoted by name, called by their role as the report gives it ("Gérant").
            managers.add(manager.quoting(Row.of(Cells.text(m, "name"), Cells.text(m, "role"), Cells.text(m, "since")),
                    "name", JsonFields.text(m, "role").orElse(Messages.get("notes.quote.name.manager"))));
        }
        List<Row> checks = new ArrayList<>();
        int flagged = 0;
        for (DataItem check : DataItem.of(data, "checks")) {
            JsonNode c = check.node();
            String status = JsonFields.text(c, "status").orElse(null);
            Emphasis tone = DocContent.tone(status);
            flagged += tone == Emphasis.BAD || tone == Emphasis.WARNING ? 1 : 0;
            String statusLabel = status == null ? null : DocContent.severityLabel(status);
            Row row = new Row(java.util.Arrays.asList(Cells.text(c, "name"), statusLabel, Cells.text(c, "detail")),
                    tone);
            checks.add(check.quoting(row, "name", DocContent.checkName(statusLabel)));
        }
        List<Fact> facts = List.of(
                Fact.of(Messages.get("report.manager.count"), figures.number(managers.size(), 0)),
                new Fact(Messages.get("report.manager.flagged"), figures.number(flagged, 0),
                        flagged == 0 ? Emphasis.GOOD : Emphasis.WARNING));
        return new ReportContent(ReportContents.sourceTitle(report), report.score(), null, facts, List.of(), List.of(
                new ReportTable(Messages.get("report.manager.managers"), List.of(
                        new Column(Messages.get("report.column.name"), ColumnKind.TEXT),
                        new Column(Messages.get("report.column.role"), ColumnKind.TEXT),
                        new Column(Messages.get("report.column.since"), ColumnKind.DATE)), managers),
                new ReportTable(Messages.get("report.manager.checks"), List.of(
                        new Column(Messages.get("report.column.check"), ColumnKind.TEXT),
                        new Column(Messages.get("report.column.status"), ColumnKind.TEXT),
                        new Column(Messages.get("report.column.detail"), ColumnKind.TEXT)), checks)));
    }
}
