package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.export.ReportExporterTestAccess;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.ui.dashboard.PortfolioRows;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code portfolio export} over the local database alone: the filters, the formats and a refused grade. */
class PortfolioExportCommandTest {

    @TempDir
    Path home;
    @TempDir
    Path out;
    @Test
    void writesTheCompaniesTheFiltersKeep() throws Exception {
        CliHarness cli = new CliHarness(home);
        try (LocalDatabase database = LocalDatabase.open(AppPaths.at(home).database())) {
            PortfolioRows.fill(database, 20, Instant.parse("2026-03-02T10:00:00Z"));
            PortfolioRows.importBatch(database, "review.csv", 0, 10, Instant.parse("2026-03-02T10:00:00Z"));
        }
        Path csv = out.resolve("a.csv");
        CliHarness.Run result = cli.run("portfolio", "export", "--format", "csv", "--out", csv.toString(),
                "--batch", "batch-review.csv", "--best", "a", "--worst", "B");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().contains("(4 companies, csv)"), result.out());
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        assertEquals(List.of("A", "B", "A", "B"), rows.stream().map(r -> r.get("financial_grade")).toList());

        Path pdf = out.resolve("all.pdf");
        assertEquals(0, cli.run("portfolio", "export", "--format", "pdf", "--out", pdf.toString()).exit());
        assertTrue(Files.size(pdf) > 1000);
        String printed = ReportExporterTestAccess.textOf(pdf);
        assertTrue(printed.contains("SIREN 514 673 987") && !printed.contains("514673987"),
                "the PDF shows codes as the request page does:\n" + printed);
        assertEquals(0, cli.run("portfolio", "export", "--format", "xlsx", "--out", out.resolve("all.xlsx").toString(),
                "--grade-of", "bank", "--worst", "A").exit());

        CliHarness.Run bad = cli.run("portfolio", "export", "--format", "csv", "--out", csv.toString(), "--best",
                "Z");
        assertEquals(ExitCode.USAGE, bad.exit());
        assertTrue(bad.err().contains("--best takes a grade from A to E"), bad.err());
        CliHarness.Run none = cli.run("portfolio", "export", "--format", "csv", "--out", csv.toString(),
                "--search", "no such company");
        assertEquals(ExitCode.NOT_FOUND, none.exit());
    }
}
