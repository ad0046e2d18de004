package io.xraydesk.core.export;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.ReportTable.Column;
import io.xraydesk.core.export.ReportTable.Row;
import io.xraydesk.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * Any other source or shape: every leaf value with its path ({@code indicators[2].grade}), so that
 * nothing the API sent is lost on paper or in a spreadsheet.
 */
final class GenericContent {

    private GenericContent() {
    }

    static ReportContent build(Report report) {
        List<Row> rows = new ArrayList<>();
        JsonLeaves.of(report.data()).forEach(leaf -> rows.add(Row.of(leaf.path().isEmpty() ? "data" : leaf.path(),
                leaf.value())));
        List<Fact> facts = List.of(Fact.of(Messages.get("report.generic.source"),
                report.source() == null ? Figures.DASH : report.source()));
        return new ReportContent(ReportContents.sourceTitle(report), report.score(), null, facts, List.of(),
                List.of(new ReportTable(Messages.get("report.generic.values"), List.of(
                        new Column(Messages.get("report.column.path"), ColumnKind.TEXT),
                        new Column(Messages.get("report.column.value"), ColumnKind.TEXT)), rows)));
    }
}
