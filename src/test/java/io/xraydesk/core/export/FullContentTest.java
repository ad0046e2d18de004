package io.xraydesk.core.export;

import static io.xraydesk.testing.GoldenServer.golden;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.GoldenServer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For each X-Ray, a report holding every item of the documentation's content list, fetched over
 * HTTP: every value of it is in the screen's model, in the CSV and in the PDF, field by field. A value
 * the X-Ray's reader shows is looked for as the reader renders it; any other value as its "Other
 * fields" row (path, value).
 */
class FullContentTest {

    private static final String REQUEST_ID = "635107e452436f15d3b39d87";

    /**
     * Values a reader renders differently from how they were sent (labels for booleans and codes,
     * percentages, scores out of 100, formatted dates and months), by source and path.
     */
    private static final Map<String, String> RENDERED = Map.ofEntries(
            Map.entry("financial probabilityOfDefault", "3.40%"),
            Map.entry("financial basedOnNotes", "financial statements"),
            Map.entry("financial variables[0].impact", "Raised the score"),
            Map.entry("financial variables[1].impact", "Lowered the score"),
            Map.entry("bank dataSanity", "86%"),
            Map.entry("bank period.from", "Jul 1, 2023"),
            Map.entry("bank period.to", "Dec 31, 2023"),
            Map.entry("bank balances[0].month", "Nov 2023"),
            Map.entry("bank balances[1].month", "Dec 2023"),
            Map.entry("bank cashFlows[0].month", "Dec 2023"),
            Map.entry("bank transactions[0].alert", "Alert"),
            Map.entry("esg overall", "61 / 100"),
            Map.entry("esg scores.environmental", "55 / 100"),
            Map.entry("esg scores.social", "68 / 100"),
            Map.entry("esg scores.governance", "60 / 100"),
            Map.entry("esg criteria[0].category", "Environmental"),
            Map.entry("esg criteria[0].missing", "Scored"),
            Map.entry("esg criteria[1].category", "Social"),
            Map.entry("esg criteria[1].missing", "Missing"),
            Map.entry("doc flag", "Warning"),
            Map.entry("doc checks[0].passed", "Alert raised"),
            Map.entry("doc checks[1].passed", "Passed"),
            Map.entry("doc alerts[0].severity", "Critical"),
            Map.entry("manager checks[0].status", "OK"));

    @RegisterExtension
    final GoldenServer server = new GoldenServer();
    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();
    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {"financial", "bank", "esg", "doc", "manager"})
    void everyValueIsOnScreenInThePdfAndInTheCsv(String source) throws Exception {
        String body = golden("report-" + source + "-full.json");
        String id = WireJson.mapper().readTree(body).path("id").asText();
        server.answer("GET", "/reports/" + id, 200, body);
        Report report = server.client().getReport(id);
        Figures figures = new Figures(Locale.ENGLISH);
        ReportContent content = ReportContents.of(report, figures);
        ExportSubject subject = ExportSubject.report(new AnalysisRequest(REQUEST_ID, CompanyCode.siren("514673987"),
                null, null, "Atelier Dupont", null, List.of(), null, null, null), report);
        ReportExporter exporter = new ReportExporter(figures, false);
        exporter.export(subject, ExportFormat.CSV, out.resolve("report.csv"), ExportProgress.NONE);
        exporter.export(subject, ExportFormat.PDF, out.resolve("report.pdf"), ExportProgress.NONE);
        String csv = Files.readString(out.resolve("report.csv"));
        String pdf = oneLine(ReportExporterTest.textOf(out.resolve("report.pdf")));
        List<String> screen = screenTexts(content, figures);

        List<String> missing = new ArrayList<>();
        for (JsonLeaves.Leaf leaf : leaves(report)) {
            String rendered = RENDERED.get(source + " " + leaf.path().replaceFirst("^data\\.", ""));
            boolean other = !leaf.path().startsWith("data.") || !shownPaths(source).contains(leaf.pattern().substring(5));
            if (other) {
                // A text cell that a spreadsheet would run as a formula gets a leading apostrophe.
                String row = leaf.path() + "," + ("=+-@".indexOf(leaf.value().charAt(0)) >= 0 ? "'" : "") + leaf.value();
                check(missing, screen.contains(leaf.path()) && screen.contains(leaf.value()), "screen", leaf);
                check(missing, csv.contains(row), "CSV", leaf);
                check(missing, pdf.contains(leaf.path()) && pdf.contains(leaf.value()), "PDF", leaf);
            } else {
                String expected = rendered != null ? rendered : plain(leaf.value());
                check(missing, screen.stream().anyMatch(text -> text.equalsIgnoreCase(expected)
                        || text.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT))), "screen", leaf);
                check(missing, csv.toLowerCase(Locale.ROOT).contains(expected.toLowerCase(Locale.ROOT)), "CSV", leaf);
            }
        }
        assertTrue(missing.isEmpty(), "not shown: " + missing + "\nscreen: " + screen + "\nCSV:\n" + csv);
        assertTrue(pdf.contains(Messages.get("report.otherFields")) == csv.contains(Messages.get("report.otherFields")));
    }

    /** Every value of the report but its documented identity fields: data's, and report-level extras. */
    private static List<JsonLeaves.Leaf> leaves(Report report) {
        List<JsonLeaves.Leaf> leaves = new ArrayList<>();
        JsonLeaves.of(report.data()).forEach(leaf -> leaves.add(new JsonLeaves.Leaf("data." + leaf.path(),
                leaf.value())));
        report.otherFields().forEach((name, value) -> JsonLeaves.of(value).forEach(leaf -> leaves.add(
                new JsonLeaves.Leaf(leaf.path().isEmpty() ? name : name + "." + leaf.path(), leaf.value()))));
        return leaves;
    }

    private static java.util.Set<String> shownPaths(String source) {
        return switch (source) {
            case "financial" -> FinancialContent.SHOWN;
            case "bank" -> BankContent.SHOWN;
            case "esg" -> EsgContent.SHOWN;
            case "doc" -> DocContent.SHOWN;
            default -> ManagerContent.SHOWN;
        };
    }

    /** What the screen's model holds as text: grade, facts, table cells raw and rendered, chart labels and values. */
    private static List<String> screenTexts(ReportContent content, Figures figures) {
        List<String> texts = new ArrayList<>();
        texts.add(content.grade() == null ? "" : content.grade());
        content.facts().forEach(fact -> texts.add(fact.value()));
        for (ReportTable table : content.tables()) {
            for (ReportTable.Row row : table.rows()) {
                for (int c = 0; c < table.columns().size(); c++) {
                    Object value = row.value(c);
                    texts.add(value instanceof Double number ? plain(number.toString()) : String.valueOf(value));
                    texts.add(ReportTable.display(value, table.columns().get(c).kind(), figures));
                }
            }
        }
        for (Chart chart : content.charts()) {
            if (chart instanceof Chart.Line line) {
                texts.addAll(line.categories());
                line.series().values().forEach(v -> texts.add(plain(v.toString())));
            } else if (chart instanceof Chart.Bars bars) {
                texts.addAll(bars.categories());
                bars.series().forEach(s -> s.values().forEach(v -> texts.add(plain(v.toString()))));
            }
        }
        return texts;
    }

    private static String plain(String value) {
        try {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException text) {
            return value;
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void check(List<String> missing, boolean found, String where, JsonLeaves.Leaf leaf) {
        if (!found) {
            missing.add(where + ": " + leaf.path() + "=" + leaf.value());
        }
    }
}
