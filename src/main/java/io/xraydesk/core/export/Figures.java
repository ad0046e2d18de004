package io.xraydesk.core.export;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Numbers, amounts, percentages and dates as a reader of {@code locale} writes them. Values that are
 * absent show as {@link #DASH}; dates that do not parse are shown verbatim rather than hidden.
 */
public final class Figures {

    /** What an absent value looks like, in every view and export. */
    public static final String DASH = "—";

    private final Locale locale;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter months;

    public Figures(Locale locale) {
        this.locale = locale;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.months = DateTimeFormatter.ofPattern("MMM yyyy", locale);
    }

    public Locale locale() {
        return locale;
    }

    /** An amount with two decimals and grouping: {@code 12,345.60} / {@code 12 345,60}. */
    public String amount(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A whole or decimal number with at most {@code decimals} decimals. */
    public String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    public String number(OptionalDouble value, int decimals) {
        return value.isPresent() ? number(value.getAsDouble(), decimals) : DASH;
    }

    /** A fraction (0.034) as a percentage (3.4 %, 3,4 %). */
    public String percentOfFraction(double fraction, int decimals) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(fraction);
    }

    public String percentOfFraction(OptionalDouble fraction, int decimals) {
        return fraction.isPresent() ? percentOfFraction(fraction.getAsDouble(), decimals) : DASH;
    }

    /** A value already on a 0–100 scale (data sanity 82) as a percentage. */
    public String percentOfHundred(OptionalDouble value) {
        return value.isPresent() ? percentOfFraction(value.getAsDouble() / 100, 0) : DASH;
    }

    /** An ISO date ({@code 2024-06-30}) in the locale's medium style; anything else verbatim. */
    public String date(String iso) {
        if (iso == null || iso.isBlank()) {
            return DASH;
        }
        try {
            return dates.format(LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso));
        } catch (DateTimeParseException notIso) {
            return iso;
        }
    }

    /** An ISO month ({@code 2024-06}) as {@code Jun 2024} / {@code juin 2024}; anything else verbatim. */
    public String month(String iso) {
        if (iso == null || iso.isBlank()) {
            return DASH;
        }
        try {
            return months.format(YearMonth.parse(iso));
        } catch (DateTimeParseException notIso) {
            return iso;
        }
    }
}
