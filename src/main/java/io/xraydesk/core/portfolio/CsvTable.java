package io.xraydesk.core.portfolio;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV list with Commons CSV after deciding its encoding ({@link ListText}) and its separator: the one
 * of comma, semicolon and tab found most often in the header line outside quotes. A French spreadsheet saves
 * with semicolons because the comma is its decimal mark, so a semicolon list has its amounts read the French
 * way and a comma list the English way. Empty lines are kept as blank records, so that a record's place is
 * its row in the spreadsheet.
 */
final class CsvTable {

    private static final char[] SEPARATORS = {';', ',', '\t'};

    private CsvTable() {
    }

    static RawTable read(byte[] bytes) throws IOException {
        ListText text = ListText.decode(bytes);
        char separator = separator(text.text());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                .setTrim(true).get();
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.text()), format)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        }
        Locale numbers = separator == ';' ? Locale.FRANCE : Locale.ENGLISH;
        return new RawTable(records, "CSV, " + name(separator) + ", " + text.charset().name(), numbers);
    }

    private static char separator(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }

    private static String name(char separator) {
        return switch (separator) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        };
    }
}
