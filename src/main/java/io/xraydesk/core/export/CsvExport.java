package io.xraydesk.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tables of reports as CSV (RFC 4180: CRLF line ends, fields with the separator, a quote or a
 * line break quoted, quotes doubled), in UTF-8 with a byte-order mark so that Excel reads accents.
 *
 * <p>Decision: the field separator and decimal mark follow the locale as Excel does — where the
 * decimal mark is a comma (French) fields are separated by {@code ;} and numbers use a comma;
 * elsewhere {@code ,} and a point. Numbers are never grouped. Several tables go in one file, each
 * preceded by a one-field title line and followed by an empty line. Every cell that is not a number
 * written here — text, grade, date, a title, whatever its column — starting with {@code = + - @}, a tab
 * or a carriage return gets a leading apostrophe, so that a spreadsheet never runs what a server sent
 * as a formula (a date or grade column holds whatever text the server put there).
 */
public final class CsvExport {

    private static final String CRLF = "\r\n";
    private static final char BOM = '\uFEFF';

    private final char separator;
    private final char decimalMark;

    public CsvExport(Locale locale) {
        this.decimalMark = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        this.separator = decimalMark == ',' ? ';' : ',';
    }

    /** A titled table; the title names the X-Ray and the table. */
    public record Section(String title, ReportTable table) {
    }

    /** What of {@code contents} a spreadsheet gets: see {@link CsvSections}. */
    public static List<Section> sectionsOf(List<ReportContent> contents) {
        return CsvSections.of(contents);
    }

    public void write(List<Section> sections, OutputStream out, ExportProgress progress) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        long total = sections.stream().mapToLong(s -> s.table().rows().size()).sum();
        long done = 0;
        for (Section section : sections) {
            writeLine(writer, List.of(inert(section.title())));
            List<String> header = section.table().columns().stream().map(ReportTable.Column::title)
                    .map(CsvExport::inert).toList();
            writeLine(writer, header);
            for (ReportTable.Row row : section.table().rows()) {
                List<String> fields = new ArrayList<>(header.size());
                for (int c = 0; c < header.size(); c++) {
                    fields.add(field(row.value(c)));
                }
                writeLine(writer, fields);
                if (++done % 1000 == 0) {
                    checkNotInterrupted();
                    progress.update(done, total);
                }
            }
            writer.write(CRLF);
        }
        writer.flush();
        progress.update(total, total);
    }

    private String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            // Written here from a number: a leading minus is a sign, not a formula.
            String plain = Double.isFinite(number) ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString()
                    : number.toString();
            return decimalMark == '.' ? plain : plain.replace('.', decimalMark);
        }
        return inert(value.toString());
    }

    /**
     * The text with a leading apostrophe when a spreadsheet would read it as a formula. Every CSV the
     * application writes from text it did not compute itself passes its cells through here.
     */
    public static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private void writeLine(Writer writer, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(separator);
            }
            writer.write(quoted(fields.get(i)));
        }
        writer.write(CRLF);
    }

    private String quoted(String field) {
        boolean needsQuotes = field.indexOf(separator) >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    static void checkNotInterrupted() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("export cancelled");
        }
    }
}
