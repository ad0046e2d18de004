package io.xraydesk.core.portfolio;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A company list as read from its file: the rows, how the file was read (its format in words, e.g.
 * "CSV, semicolon, windows-1252"), the locale its numbers are written in (for the notes amounts), and the
 * SHA-256 of its bytes, by which a restarted import recognises the same list.
 */
public record CompanyList(Path file, String sha256, List<CompanyRow> rows, String format, Locale numberLocale) {

    public CompanyList {
        rows = List.copyOf(rows);
    }

    /** This list with the row of the same line replaced: a correction made in the preview table. */
    public CompanyList withRow(CompanyRow corrected) {
        List<CompanyRow> changed = rows.stream().map(row -> row.line() == corrected.line() ? corrected : row).toList();
        return new CompanyList(file, sha256, changed, format, numberLocale);
    }
}
