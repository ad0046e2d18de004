package io.xraydesk.core.export;

import io.xraydesk.core.i18n.Messages;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * Draws a {@link ReportTable}: a shaded header repeated on every page, zebra rows, numbers aligned
 * right, highlighted rows in their colour. Long tables are cut at {@link #MAX_ROWS} rows with a note
 * (paper is for reading; the CSV export holds every row).
 */
final class PdfTables {

    static final int MAX_ROWS = 300;
    private static final float ROW_HEIGHT = 13;
    private static final float SIZE = 7.5f;
    private static final float PAD = 3;
    private static final int MEASURED_ROWS = 200;

    private final PdfPages pages;
    private final Figures figures;
    private final int maxRows;

    PdfTables(PdfPages pages, Figures figures) {
        this(pages, figures, MAX_ROWS);
    }

    /** Tables cut at {@code maxRows} rows: a portfolio's one line per company is the whole point of its PDF. */
    PdfTables(PdfPages pages, Figures figures, int maxRows) {
        this.pages = pages;
        this.figures = figures;
        this.maxRows = maxRows;
    }

    void draw(ReportTable table) throws IOException {
        pages.ensure(16 + ROW_HEIGHT * Math.min(3, table.rows().size() + 1));
        pages.text(PdfPages.LEFT, pages.y() - 11, table.title(), pages.fonts.bold, 10, PdfPalette.TEXT);
        pages.down(16);
        if (table.rows().isEmpty()) {
            pages.text(PdfPages.LEFT, pages.y() - 9, Messages.get("report.table.empty"), pages.fonts.regular, 8,
                    PdfPalette.MUTED);
            pages.down(18);
            return;
        }
        float[] widths = widths(table);
        header(table, widths);
        int shown = Math.min(maxRows, table.rows().size());
        for (int r = 0; r < shown; r++) {
            CsvExport.checkNotInterrupted();
            if (pages.y() - ROW_HEIGHT < PdfPages.MARGIN + 14) {
                pages.newPage();
                header(table, widths);
            }
            ReportTable.Row row = table.rows().get(r);
            if (r % 2 == 1) {
                pages.fillRect(PdfPages.LEFT, pages.y() - ROW_HEIGHT, PdfPages.WIDTH, ROW_HEIGHT, PdfPalette.ZEBRA);
            }
            if (row.emphasis() != Emphasis.NONE) {
                pages.fillRect(PdfPages.LEFT, pages.y() - ROW_HEIGHT, 2, ROW_HEIGHT, PdfPalette.of(row.emphasis()));
            }
            // Good rows keep plain text (a page of green is noise); warnings and problems stand out.
            cells(table, widths, r, row.emphasis() == Emphasis.GOOD ? PdfPalette.TEXT : PdfPalette.of(row.emphasis()));
            pages.down(ROW_HEIGHT);
        }
        if (shown < table.rows().size()) {
            pages.ensure(ROW_HEIGHT);
            pages.text(PdfPages.LEFT, pages.y() - 10, Messages.get("report.table.truncated",
                    table.rows().size() - shown, table.rows().size()), pages.fonts.regular, 8, PdfPalette.MUTED);
            pages.down(ROW_HEIGHT);
        }
        pages.down(10);
    }

    private void header(ReportTable table, float[] widths) throws IOException {
        pages.fillRect(PdfPages.LEFT, pages.y() - ROW_HEIGHT, PdfPages.WIDTH, ROW_HEIGHT, PdfPalette.HEADER_FILL);
        float x = PdfPages.LEFT;
        List<ReportTable.Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            place(x, widths[c], columns.get(c).title(), columns.get(c).kind().numeric(), true, PdfPalette.TEXT);
            x += widths[c];
        }
        pages.down(ROW_HEIGHT);
    }

    private void cells(ReportTable table, float[] widths, int r, Color color) throws IOException {
        float x = PdfPages.LEFT;
        ReportTable.Row row = table.rows().get(r);
        for (int c = 0; c < widths.length; c++) {
            ReportTable.Column column = table.columns().get(c);
            place(x, widths[c], ReportTable.display(row.value(c), column.kind(), figures), column.kind().numeric(),
                    false, color);
            x += widths[c];
        }
    }

    private void place(float x, float width, String text, boolean right, boolean bold, Color color)
            throws IOException {
        var font = bold ? pages.fonts.bold : pages.fonts.regular;
        String fitted = pages.fit(text, font, SIZE, width - 2 * PAD);
        float textX = right ? x + width - PAD - PdfFonts.width(font, SIZE, fitted) : x + PAD;
        pages.text(textX, pages.y() - ROW_HEIGHT + 4, fitted, font, SIZE, color);
    }

    /** Column widths proportional to their longest text among the first rows, filling the page width. */
    private float[] widths(ReportTable table) {
        int n = table.columns().size();
        float[] longest = new float[n];
        for (int c = 0; c < n; c++) {
            longest[c] = Math.max(6, table.columns().get(c).title().length());
        }
        for (int r = 0; r < Math.min(MEASURED_ROWS, table.rows().size()); r++) {
            for (int c = 0; c < n; c++) {
                ReportTable.Column column = table.columns().get(c);
                int length = ReportTable.display(table.rows().get(r).value(c), column.kind(), figures).length();
                longest[c] = Math.max(longest[c], Math.min(60, length));
            }
        }
        float total = 0;
        for (float l : longest) {
            total += l;
        }
        float[] widths = new float[n];
        for (int c = 0; c < n; c++) {
            widths[c] = PdfPages.WIDTH * longest[c] / total;
        }
        return widths;
    }
}
