package io.xraydesk.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.export.ReportTable.Column;
import io.xraydesk.core.export.ReportTable.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Other fields": every value of a report that its X-Ray's reader does not show, as path → value, so
 * that no value the API sent is invisible on screen, on paper or in a spreadsheet. The report layouts
 * are undocumented (see docs/october-api.md, Reports): a real report may well carry fields, or whole
 * sections, that the readers were not written for.
 */
final class OtherFields {

    private OtherFields() {
    }

    /**
     * The values of {@code data} whose path (list positions left out) is not in {@code shown}, and the
     * report-level fields the client does not model; empty when the reader shows everything.
     */
    static Optional<ReportTable> table(JsonNode data, Set<String> shown, Map<String, JsonNode> reportLevel) {
        List<Row> rows = new ArrayList<>();
        reportLevel.forEach((name, value) -> JsonLeaves.of(value).forEach(leaf ->
                rows.add(Row.of(leaf.path().isEmpty() ? name : name + "." + leaf.path(), leaf.value()))));
        for (JsonLeaves.Leaf leaf : JsonLeaves.of(data)) {
            if (!shown.contains(leaf.pattern())) {
                rows.add(Row.of("data" + (leaf.path().isEmpty() ? "" : "." + leaf.path()), leaf.value()));
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportTable(Messages.get("report.otherFields"), List.of(
                new Column(Messages.get("report.column.path"), ColumnKind.TEXT),
                new Column(Messages.get("report.column.value"), ColumnKind.TEXT)), rows));
    }
}
