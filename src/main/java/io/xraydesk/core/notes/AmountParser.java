package io.xraydesk.core.notes;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Reads an amount in euros as analysts type or paste it, French ({@code 1 234 567,89}) or English
 * ({@code 1,234,567.89}). The rules, in order:
 * <ul>
 * <li>spaces of any kind (including no-break and narrow no-break) and an euro sign or "EUR" at either end
 *     are tolerated; a leading {@code -}, {@code −} or {@code +} sign; decimal digits of any script;</li>
 * <li>when both {@code ,} and {@code .} appear, the last one is the decimal separator and must appear
 *     once, the other groups thousands;</li>
 * <li>one kind appearing several times groups thousands;</li>
 * <li>one occurrence not followed by exactly three digits can only be decimal, whatever the locale
 *     (so {@code 12.50} is read in French too);</li>
 * <li>one occurrence followed by exactly three digits is ambiguous ({@code 1,234}): the locale
 *     decides: its decimal separator means decimal (then refused as three decimals, which is safer
 *     than guessing), anything else groups thousands;</li>
 * <li>thousands groups must have three digits, the first one to three; at most two decimals.</li>
 * </ul>
 * Exponents, NaN, Infinity and other words are refused as not a number.
 */
public final class AmountParser {

    /** Longer than any formatted amount below {@link #MAX_INTEGER_DIGITS}; refused before any work. */
    static final int MAX_CHARACTERS = 40;
    /** A thousand billion euros: more digits is a paste error, not a balance sheet. */
    static final int MAX_INTEGER_DIGITS = 15;
    private static final long LARGEST = 999_999_999_999_999L;
    private static final int MAX_DECIMALS = 2;

    private final Locale locale;

    public AmountParser(Locale locale) {
        this.locale = locale;
    }

    /** Parses {@code raw}; blank gives a null value, meaning "not given". */
    public Parsed<BigDecimal> parse(String raw, boolean negativeAllowed) {
        if (raw == null || raw.isBlank()) {
            return Parsed.ok(null);
        }
        if (raw.length() > MAX_CHARACTERS * 4) {
            return Parsed.failed(FieldProblemCode.TOO_LONG, MAX_CHARACTERS);
        }
        String text = stripCurrency(raw.strip());
        if (text.length() > MAX_CHARACTERS) {
            return Parsed.failed(FieldProblemCode.TOO_LONG, MAX_CHARACTERS);
        }
        boolean negative = false;
        if (!text.isEmpty() && (text.charAt(0) == '-' || text.charAt(0) == '\u2212' || text.charAt(0) == '+')) {
            negative = text.charAt(0) != '+';
            text = text.substring(1).strip();
        }
        StringBuilder symbols = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            if (Character.isDigit(cp)) {
                symbols.append((char) ('0' + Character.digit(cp, 10)));
            } else if (cp == ',' || cp == '.') {
                symbols.append((char) cp);
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                symbols.append(' ');
            } else {
                return Parsed.failed(FieldProblemCode.NOT_A_NUMBER, new String(Character.toChars(cp)));
            }
        }
        Parsed<BigDecimal> magnitude = readMagnitude(symbols.toString(), raw.strip());
        if (!magnitude.isOk() || !negative) {
            return magnitude;
        }
        if (!negativeAllowed && magnitude.value().signum() != 0) {
            return Parsed.failed(FieldProblemCode.NEGATIVE_NOT_ALLOWED);
        }
        return Parsed.ok(magnitude.value().negate());
    }

    private static String stripCurrency(String text) {
        String t = text;
        if (t.endsWith("€") || t.startsWith("€")) {
            t = t.endsWith("€") ? t.substring(0, t.length() - 1) : t.substring(1);
        } else if (t.toUpperCase(Locale.ROOT).endsWith("EUR")) {
            t = t.substring(0, t.length() - 3);
        }
        return t.strip();
    }

    private Parsed<BigDecimal> readMagnitude(String symbols, String typed) {
        if (symbols.isBlank()) {
            return Parsed.failed(FieldProblemCode.MALFORMED_NUMBER, typed);
        }
        int decimalAt = decimalSeparatorIndex(symbols);
        String integerPart = decimalAt < 0 ? symbols : symbols.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : symbols.substring(decimalAt + 1);
        if (decimalAt >= 0 && (fraction.isEmpty() || !fraction.chars().allMatch(Character::isDigit))) {
            return Parsed.failed(FieldProblemCode.MALFORMED_NUMBER, typed);
        }
        String integerDigits = ungroup(integerPart.strip());
        if (integerDigits == null || (integerDigits.isEmpty() && fraction.isEmpty())) {
            return Parsed.failed(FieldProblemCode.MALFORMED_NUMBER, typed);
        }
        if (fraction.length() > MAX_DECIMALS) {
            return Parsed.failed(FieldProblemCode.TOO_MANY_DECIMALS, typed);
        }
        String significant = integerDigits.replaceFirst("^0+(?=\\d)", "");
        if (significant.length() > MAX_INTEGER_DIGITS) {
            return Parsed.failed(FieldProblemCode.TOO_LARGE, LARGEST);
        }
        String plain = (integerDigits.isEmpty() ? "0" : integerDigits) + (fraction.isEmpty() ? "" : "." + fraction);
        return Parsed.ok(new BigDecimal(plain));
    }

    /** Index of the decimal separator in {@code s}, or -1 if it has none, following the class rules. */
    private int decimalSeparatorIndex(String s) {
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0) {
            int last = Math.max(lastComma, lastDot);
            // The other mark groups thousands; a second decimal mark makes the number malformed, which
            // ungroup() reports since the mark is then not a grouping one.
            return last;
        }
        int only = Math.max(lastComma, lastDot);
        if (only < 0) {
            return -1;
        }
        char mark = s.charAt(only);
        if (s.indexOf(mark) != only) {
            return -1;
        }
        String after = s.substring(only + 1);
        boolean threeDigitsFollow = after.length() == 3 && after.chars().allMatch(Character::isDigit);
        String before = s.substring(0, only).strip();
        boolean canGroup = threeDigitsFollow && !before.isEmpty() && ungroup(before) != null;
        if (!canGroup) {
            return only;
        }
        return mark == DecimalFormatSymbols.getInstance(locale).getDecimalSeparator() ? only : -1;
    }

    /**
     * The digits of an integer part whose thousands are grouped by spaces or one punctuation mark,
     * or null when the grouping is not regular (groups of three after a first group of one to three).
     */
    private static String ungroup(String integerPart) {
        if (integerPart.chars().allMatch(Character::isDigit)) {
            return integerPart;
        }
        String[] groups = integerPart.split("[ .,]", -1);
        long markKinds = integerPart.chars().filter(c -> !Character.isDigit(c)).distinct().count();
        if (markKinds > 1) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            boolean validLength = i == 0 ? g.length() >= 1 && g.length() <= 3 : g.length() == 3;
            if (!validLength || !g.chars().allMatch(Character::isDigit)) {
                return null;
            }
            digits.append(g);
        }
        return digits.toString();
    }
}
