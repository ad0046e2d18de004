package io.xraydesk.core.codes;

/**
 * Turns a pasted identifier into plain ASCII digits. Accepts what people paste from registries,
 * invoices and spreadsheets: any Unicode space (including no-break and narrow no-break spaces),
 * dots and dashes between digits, and decimal digits of any script (Arabic-Indic, full-width…),
 * which are the same numbers written differently: refusing them would only make the analyst retype.
 * Superscripts and other non-decimal numerals are not digits and are refused.
 */
final class DigitInput {

    /**
     * Longest input considered. The longest identifier (a SIRET) is 14 digits; generous room for
     * separators, while a 10,000-character paste is refused before any per-character work.
     */
    static final int MAX_CHARACTERS = 64;

    private DigitInput() {
    }

    /** The digits of {@code raw}, or the refusal explaining why it is not a code of {@code type}. */
    static Digits read(CompanyCodeType type, String raw) {
        if (raw == null || raw.isBlank()) {
            return Digits.refused(CodeCheck.invalid(type, CodeProblem.EMPTY, type.displayName()));
        }
        // The first test spares even strip() a huge paste; the second allows padding around a real code.
        if (raw.length() > MAX_CHARACTERS * 4 || raw.strip().length() > MAX_CHARACTERS) {
            return Digits.refused(CodeCheck.invalid(type, CodeProblem.TOO_LONG, type.displayName(), MAX_CHARACTERS));
        }
        String text = raw.strip();
        StringBuilder digits = new StringBuilder(text.length());
        int position = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            position++;
            if (Character.isDigit(cp)) {
                digits.append((char) ('0' + Character.digit(cp, 10)));
            } else if (!isSeparator(cp)) {
                return Digits.refused(CodeCheck.invalid(type, CodeProblem.NON_DIGIT, type.displayName(),
                        visible(cp), position));
            }
        }
        if (digits.length() == 0) {
            return Digits.refused(CodeCheck.invalid(type, CodeProblem.EMPTY, type.displayName()));
        }
        return new Digits(digits.toString(), null);
    }

    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '.' || cp == '-'
                || (cp >= '\u2010' && cp <= '\u2013'); // hyphen, non-breaking hyphen, figure and en dashes
    }

    /** The character as the analyst can see it in a message: invisible ones as their code point. */
    private static String visible(int cp) {
        if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
            return String.format("U+%04X", cp);
        }
        return new String(Character.toChars(cp));
    }

    /** Digits read from the input, or the check that refuses it. */
    record Digits(String value, CodeCheck refusal) {
        static Digits refused(CodeCheck refusal) {
            return new Digits(null, refusal);
        }
    }
}
