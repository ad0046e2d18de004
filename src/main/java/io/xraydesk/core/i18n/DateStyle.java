package io.xraydesk.core.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one way dates are written on the screens, in the language chosen: the day, the month in
 * letters and the year ("7 déc. 2026", "Dec 7, 2026"), never an all-digit date that reads one way in
 * Paris and another in New York; times in the language's short form, in this computer's time zone.
 */
public final class DateStyle {

    private DateStyle() {
    }

    public static DateTimeFormatter date(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault());
    }

    /** A moment in the language of the messages. */
    public static String dateTime(Instant instant) {
        return dateTime(Messages.locale()).format(instant);
    }

    /** A day in the language of the messages. */
    public static String date(LocalDate day) {
        return date(Messages.locale()).format(day);
    }
}
