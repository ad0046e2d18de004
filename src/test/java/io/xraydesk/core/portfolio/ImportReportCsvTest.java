package io.xraydesk.core.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.store.ImportBatch;
import io.xraydesk.store.ImportCompany;
import io.xraydesk.store.ImportCompanyState;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The report's CSV: one row per company; text from the list or the server never reaches a spreadsheet as a formula. */
class ImportReportCsvTest {

    private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

    @Test
    void textCellsThatASpreadsheetWouldRunAreDefusedAndNumbersAreLeftAlone() throws Exception {
        ImportBatch batch = new ImportBatch("b1", "/lists/list.csv", "00", null, ImportBatch.FINISHED, NOW, NOW);
        ImportReport report = new ImportReport(batch, List.of(
                new ImportReport.Line(new ImportCompany("b1", 2, "siren", "514673987", "=HYPERLINK(\"http://x\")",
                        ImportCompanyState.CREATED, "635107e452436f15d3b39d87", 3, 0, null, NOW), 3, 0, 0),
                new ImportReport.Line(new ImportCompany("b1", 3, "siren", "+33 1", "@SUM(A1)",
                        ImportCompanyState.REFUSED, null, null, 1, "-1 is not a code", NOW), 0, 0, 0)));
        StringWriter out = new StringWriter();

        ImportReportCsv.write(report, out);

        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertEquals("'=HYPERLINK(\"http://x\")", records.get(0).get("business_name"));
        assertEquals("created", records.get(0).get("outcome"));
        assertEquals("3", records.get(0).get("documents_online"));
        assertEquals("'+33 1", records.get(1).get("code"));
        assertEquals("'@SUM(A1)", records.get(1).get("business_name"));
        assertEquals("'-1 is not a code", records.get(1).get("reason"));
        assertEquals("", records.get(1).get("request_id"));
        assertEquals("1", records.get(1).get("documents_refused"));
    }
}
