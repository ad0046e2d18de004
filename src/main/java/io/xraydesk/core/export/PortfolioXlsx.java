package io.xraydesk.core.export;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.requests.PortfolioLine;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A portfolio summary as an XLSX workbook: one sheet, a bold header row of {@link PortfolioColumns}'
 * titles in the analyst's language, one row per company, numbers as numbers and the last update as a
 * date the spreadsheet can sort. Written by fastexcel, which streams rows and stores every text as a
 * string cell, never as a formula: a name written as a formula stays text.
 */
final class PortfolioXlsx {

    private static final String DATE_FORMAT = "yyyy-mm-dd hh:mm";
    private static final String PERCENT_FORMAT = "0.0%";

    private PortfolioXlsx() {
    }

    static void write(List<PortfolioLine> lines, OutputStream out, ExportProgress progress) throws IOException {
        Workbook workbook = new Workbook(out, "X-Ray Desk", "1.0");
        Worksheet sheet = workbook.newWorksheet(Messages.get("portfolio.export.sheet"));
        List<PortfolioColumns.Column> columns = PortfolioColumns.ALL;
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).title());
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        ZoneId zone = ZoneId.systemDefault();
        for (int i = 0; i < lines.size(); i++) {
            int row = i + 1;
            for (int c = 0; c < columns.size(); c++) {
                cell(sheet, row, c, columns.get(c), PortfolioColumns.forReaders(columns.get(c).value().apply(lines.get(i))),
                        zone);
            }
            PortfolioExporter.step(i, lines.size(), progress);
        }
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int row, int column, PortfolioColumns.Column kind, Object value,
            ZoneId zone) {
        if (value instanceof Instant instant) {
            sheet.value(row, column, instant.atZone(zone).toLocalDateTime());
            sheet.style(row, column).format(DATE_FORMAT).set();
        } else if (value instanceof Number number) {
            sheet.value(row, column, number);
            if (kind.kind() == ColumnKind.PERCENT_OF_FRACTION) {
                sheet.style(row, column).format(PERCENT_FORMAT).set();
            }
        } else if (value != null) {
            sheet.value(row, column, value.toString());
        }
    }
}
