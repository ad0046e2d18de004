package io.xraydesk.core.documents;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * A document's date as the analyst reads and types it: the language's short pattern, but always with
 * a four-digit year ("3/31/2024", "31/03/2024"). A two-digit year ("3/31/24") is ambiguous on a
 * balance sheet that may be decades old, and the JDK's English short pattern would refuse a typed
 * "2024". Two-digit years are still understood when typed, in 2000–2099 as the JDK reads them.
 */
public final class DocumentDateFormat {

    private final DateTimeFormatter shown;
    private final DateTimeFormatter shortYear;

    public DocumentDateFormat(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        this.shown = DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "yyyy"), locale);
        this.shortYear = DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "yy"), locale);
    }

    public String format(LocalDate date) {
        return date == null ? "" : shown.format(date);
    }

    /** The date typed, or empty when it is not one in this language's pattern. */
    public Optional<LocalDate> parse(String text) {
        String typed = text == null ? "" : text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {shown, shortYear}) {
            try {
                return Optional.of(LocalDate.parse(typed, format));
            } catch (DateTimeParseException notThisOne) {
                // try the next pattern
            }
        }
        return Optional.empty();
    }
}
