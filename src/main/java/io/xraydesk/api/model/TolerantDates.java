package io.xraydesk.api.model;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a point in time in any of the forms web APIs produce, since the API documents none of its
 * timestamps (see docs/october-api.md, Dates and numbers): ISO-8601 with or without a zone, with
 * {@code T} or a space between date and time, fractional seconds of any length, a date alone, or
 * epoch seconds / milliseconds as a number or a string of digits.
 *
 * <p>A time without a zone is taken as UTC; that assumption is logged on {@link #LOGGER_NAME} so a
 * diagnostic trace shows it next to the answer that carried the value.
 */
public final class TolerantDates {

    /** Where assumptions made while reading dates are reported. */
    public static final String LOGGER_NAME = "io.xraydesk.api.reading";

    private static final Logger LOG = Logger.getLogger(LOGGER_NAME);
    /**
     * Epoch values at or above this are milliseconds: as seconds they would be after the year 5000,
     * as milliseconds they are after March 1973, before which no report of this API can date.
     */
    private static final BigDecimal MILLISECONDS_FROM = new BigDecimal("100000000000");
    private static final Pattern EPOCH = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[Tt ](\\d{2}:\\d{2})(?::(\\d{2}))?(?:[.,](\\d+))?)?"
                    + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");

    private TolerantDates() {
    }

    /**
     * The instant {@code text} names, at the offset it was given in (UTC when none), or empty when
     * it is no date at all. {@code field} only names the value in the log line about a missing zone.
     */
    public static Optional<OffsetDateTime> parse(String text, String field) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (EPOCH.matcher(trimmed).matches()) {
                return Optional.of(fromEpoch(new BigDecimal(trimmed)));
            }
            Matcher iso = ISO.matcher(trimmed);
            return iso.matches() ? Optional.of(fromIso(iso, trimmed, field)) : Optional.empty();
        } catch (DateTimeException | ArithmeticException outOfRange) {
            return Optional.empty();
        }
    }

    /** Epoch seconds or milliseconds, told apart by magnitude (see {@link #MILLISECONDS_FROM}). */
    public static OffsetDateTime fromEpoch(BigDecimal value) {
        BigDecimal millis = value.abs().compareTo(MILLISECONDS_FROM) >= 0 ? value : value.movePointRight(3);
        return Instant.ofEpochMilli(millis.longValue()).atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime fromIso(Matcher iso, String text, String field) {
        LocalDate date = LocalDate.parse(iso.group(1));
        LocalTime time = iso.group(2) == null ? LocalTime.MIDNIGHT
                : LocalTime.parse(iso.group(2)).withSecond(iso.group(3) == null ? 0 : Integer.parseInt(iso.group(3)))
                        .withNano(nanos(iso.group(4)));
        String zone = iso.group(5);
        if (zone == null) {
            LOG.log(Level.INFO, () -> String.format(Locale.ROOT, "%s \"%s\" carries no time zone: read as UTC",
                    field == null ? "a date" : field, text));
            return OffsetDateTime.of(date, time, ZoneOffset.UTC);
        }
        return OffsetDateTime.of(date, time, offset(zone));
    }

    /** Fractional seconds of any length: digits past the ninth (below a nanosecond) are dropped. */
    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String nine = (fraction + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }

    private static ZoneOffset offset(String zone) {
        String upper = zone.toUpperCase(Locale.ROOT);
        if (upper.equals("Z") || upper.equals("UTC") || upper.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
