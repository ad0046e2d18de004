package io.xraydesk.core.portfolio;

import io.xraydesk.core.export.CsvExport;
import io.xraydesk.store.ImportCompany;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The final report of an import as CSV, one row per company of the list, in the column order of
 * docs/portfolio.md (Report). Comma-separated UTF-8 with a header row: what spreadsheets and scripts read.
 * Text cells come from the list and from the server (names, reasons): each is defused as the report export
 * defuses its cells, so a spreadsheet never runs a name written as a formula.
 */
public final class ImportReportCsv {

    static final String[] HEADER = {"row", "code_type", "code", "business_name", "outcome", "request_id",
        "documents_queued", "documents_online", "documents_failed", "documents_waiting", "documents_refused",
        "reason"};

    private ImportReportCsv() {
    }

    /** Writes the report to {@code file} (replaced if it exists). */
    public static void save(ImportReport report, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(report, out);
        }
    }

    public static void write(ImportReport report, Writer out) throws IOException {
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
            for (ImportReport.Line line : report.lines()) {
                ImportCompany company = line.company();
                printer.printRecord(company.line(), text(company.codeType()), text(company.codeId()),
                        text(company.businessName()), company.state().name().toLowerCase(Locale.ROOT),
                        text(company.requestId()), company.documentsQueued(), line.documentsOnline(),
                        line.documentsFailed(), line.documentsWaiting(), company.documentsRefused(),
                        text(company.reason()));
            }
        }
    }

    private static String text(String cell) {
        return cell == null ? null : CsvExport.inert(cell);
    }
}
