package io.xraydesk.core.export;

import io.xraydesk.core.requests.PortfolioLine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A portfolio summary as CSV: comma-separated UTF-8 with a header row of {@link PortfolioColumns}' keys,
 * the stable words scripts read ({@code ready}, {@code approve}), ISO instants and plain numbers. Names
 * come from the list and the server: every text cell is defused as the report export defuses its cells,
 * so a spreadsheet never runs a name written as a formula.
 */
final class PortfolioCsv {

    private PortfolioCsv() {
    }

    static void write(List<PortfolioLine> lines, OutputStream out, ExportProgress progress) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String[] header = PortfolioColumns.ALL.stream().map(PortfolioColumns.Column::key).toArray(String[]::new);
        CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header).get().print(writer);
        for (int i = 0; i < lines.size(); i++) {
            List<Object> cells = new ArrayList<>(header.length);
            for (PortfolioColumns.Column column : PortfolioColumns.ALL) {
                Object value = PortfolioColumns.forScripts(column.value().apply(lines.get(i)));
                cells.add(value instanceof String text ? CsvExport.inert(text) : value);
            }
            printer.printRecord(cells);
            PortfolioExporter.step(i, lines.size(), progress);
        }
        // Flushed, not closed: the target's stream belongs to ExportTarget, which closes it.
        printer.flush();
    }
}
