package io.xraydesk.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.ReportTable.Column;
import io.xraydesk.core.export.ReportTable.Row;
import io.xraydesk.core.i18n.Messages;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Any other source or shape: every leaf value with its path ({@code indicators[2].grade}), so that
 * nothing the API sent is lost on paper or in a spreadsheet.
 */
final class GenericContent {

    private GenericContent() {
    }

    static ReportContent build(Report report) {
        List<Row> rows = new ArrayList<>();
        flatten("", report.data(), rows);
        List<Fact> facts = List.of(Fact.of(Messages.get("report.generic.source"),
                report.source() == null ? Figures.DASH : report.source()));
        return new ReportContent(ReportContents.sourceTitle(report), report.score(), null, facts, List.of(),
                List.of(new ReportTable(Messages.get("report.generic.values"), List.of(
                        new Column(Messages.get("report.column.path"), ColumnKind.TEXT),
                        new Column(Messages.get("report.column.value"), ColumnKind.TEXT)), rows)));
    }

    private static void flatten(String path, JsonNode node, List<Row> rows) {
        if (node == null || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), rows);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), rows);
            }
        } else {
            rows.add(Row.of(path.isEmpty() ? "data" : path, node.isNull() ? null : node.asText()));
        }
    }
}
