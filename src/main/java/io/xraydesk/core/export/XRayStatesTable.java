package io.xraydesk.core.export;

import io.xraydesk.core.export.ReportTable.Column;
import io.xraydesk.core.export.ReportTable.Row;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.RequestSummary;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayWords;
import java.util.Arrays;
import java.util.List;

/**
 * The five X-Rays of a request as a table for the CSV export: the state is the stable word
 * ({@code not_rated}…) that {@code --json} and the JSON export use, so a spreadsheet can filter on it.
 */
final class XRayStatesTable {

    private XRayStatesTable() {
    }

    static ReportTable of(RequestSummary summary) {
        List<Row> rows = summary.xrayList().stream().map(XRayStatesTable::row).toList();
        return new ReportTable(Messages.get("export.summary.xrays"), List.of(
                new Column(Messages.get("export.summary.column.xray"), ColumnKind.TEXT),
                new Column(Messages.get("export.summary.column.source"), ColumnKind.TEXT),
                new Column(Messages.get("export.summary.column.state"), ColumnKind.TEXT),
                new Column(Messages.get("report.column.grade"), ColumnKind.TEXT),
                new Column(Messages.get("export.summary.column.reason"), ColumnKind.TEXT),
                new Column(Messages.get("export.summary.column.reports"), ColumnKind.INTEGER)), rows);
    }

    private static Row row(XRayOutcome xray) {
        return new Row(Arrays.asList(XRayWords.name(xray.source()), xray.source().wire(), xray.status().word(),
                xray.grade(), xray.reason(), xray.reports()), Emphasis.NONE);
    }
}
