package io.xraydesk.core.portfolio;

import io.xraydesk.store.ImportCompany;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The final report of an import as CSV, one row per company of the list, in the column order of
 * docs/portfolio.md (Report). Comma-separated UTF-8 with a header row: what spreadsheets and scripts read.
 */
public final class ImportReportCsv {

    static final String[] HEADER = {"row", "code_type", "code", "business_name", "outcome", "request_id",
        "documents_queued", "documents_online", "documents_failed", "documents_waiting", "documents_refused",
        "reason"};

    private ImportReportCsv() {
    }

    public static void write(ImportReport report, Writer out) throws IOException {
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out)) {
            for (ImportReport.Line line : report.lines()) {
                ImportCompany company = line.company();
                printer.printRecord(company.line(), company.codeType(), company.codeId(), company.businessName(),
                        company.state().name().toLowerCase(Locale.ROOT), company.requestId(),
                        company.documentsQueued(), line.documentsOnline(), line.documentsFailed(),
                        line.documentsWaiting(), company.documentsRefused(), company.reason());
            }
        }
    }
}
