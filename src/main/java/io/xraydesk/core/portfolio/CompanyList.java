package io.xraydesk.core.portfolio;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A company list as read from its file: the rows, and how the file was read (its format in words, e.g.
 * "CSV, semicolon, windows-1252") and the locale its numbers are written in, for the notes amounts.
 */
public record CompanyList(Path file, List<CompanyRow> rows, String format, Locale numberLocale) {

    public CompanyList {
        rows = List.copyOf(rows);
    }
}
