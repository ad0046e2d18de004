package io.xraydesk.core.export;

import io.xraydesk.core.export.ReportTable.Column;
import io.xraydesk.core.export.ReportTable.Row;
import io.xraydesk.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What of a report goes into a spreadsheet, in reading order: its headline figures (grade, and each
 * figure of its summary: probability of default, data sanity, scores, flag…), the values behind its
 * charts, then its tables, "Other fields" included. A spreadsheet cannot draw the charts, but it must
 * not lose their numbers.
 */
final class CsvSections {

    private CsvSections() {
    }

    static List<CsvExport.Section> of(List<ReportContent> contents) {
        List<CsvExport.Section> sections = new ArrayList<>();
        for (ReportContent content : contents) {
            sections.add(new CsvExport.Section(content.title() + " — " + Messages.get("report.summary"),
                    summary(content)));
            for (Chart chart : content.charts()) {
                chartTable(chart).ifPresent(table -> sections.add(new CsvExport.Section(
                        content.title() + " — " + chart.title(), table)));
            }
            for (ReportTable table : content.tables()) {
                sections.add(new CsvExport.Section(content.title() + " — " + table.title(), table));
            }
        }
        return sections;
    }

    private static ReportTable summary(ReportContent content) {
        List<Row> rows = new ArrayList<>();
        if (content.showsGrade()) {
            rows.add(Row.of(Messages.get("report.grade"), content.grade() != null ? content.grade()
                    : content.gradeNote()));
        }
        content.facts().forEach(fact -> rows.add(Row.of(fact.label(), fact.value())));
        return new ReportTable(Messages.get("report.summary"), List.of(
                new Column(Messages.get("report.column.path"), ColumnKind.TEXT),
                new Column(Messages.get("report.column.value"), ColumnKind.TEXT)), rows);
    }

    /**
     * A line or bar chart as a table, one row per category and one column per series. A diverging
     * chart has none: it draws the rows of a table the report already has.
     */
    private static Optional<ReportTable> chartTable(Chart chart) {
        List<String> categories;
        List<Chart.Series> series;
        if (chart instanceof Chart.Line line) {
            categories = line.categories();
            series = List.of(line.series());
        } else if (chart instanceof Chart.Bars bars) {
            categories = bars.categories();
            series = bars.series();
        } else {
            return Optional.empty();
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(Messages.get("report.column.category"), ColumnKind.TEXT));
        series.forEach(s -> columns.add(new Column(s.name(), ColumnKind.AMOUNT)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<Object> values = new ArrayList<>();
            values.add(categories.get(i));
            for (Chart.Series s : series) {
                values.add(i < s.values().size() ? s.values().get(i) : null);
            }
            rows.add(new Row(values, Emphasis.NONE));
        }
        return Optional.of(new ReportTable(chart.title(), columns, rows));
    }
}
