package io.xraydesk.core.portfolio;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads the first sheet of an XLSX list. A number cell is taken as stored ({@code 514673987}, never
 * "5.1E8"), which keeps codes typed as numbers intact and gives amounts with a dot as decimal mark.
 */
final class XlsxTable {

    private XlsxTable() {
    }

    static RawTable read(InputStream in) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            Sheet sheet = workbook.getFirstSheet();
            try (Stream<Row> rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    // Rows missing from the sheet's file are blank rows: kept so row numbers match the sheet.
                    while (records.size() < row.getRowNum() - 1) {
                        records.add(List.of());
                    }
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        Cell cell = row.getCell(i);
                        cells.add(cell == null ? "" : text(cell));
                    }
                    records.add(cells);
                }
            }
        }
        return new RawTable(records, "XLSX", Locale.ENGLISH);
    }

    private static String text(Cell cell) {
        String raw = cell.getRawValue();
        return raw == null ? cell.getText() : switch (cell.getType()) {
            case NUMBER -> raw;
            default -> cell.getText();
        };
    }
}
