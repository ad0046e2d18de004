package io.xraydesk.core.portfolio;

import java.util.List;
import java.util.Locale;

/** The cells of a list file, header row first, as text; how it was read; the locale of its numbers. */
record RawTable(List<List<String>> records, String format, Locale numberLocale) {
}
