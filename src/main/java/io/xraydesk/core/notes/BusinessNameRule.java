package io.xraydesk.core.notes;

import java.text.Normalizer;

/**
 * The optional business name of a request. Trimmed, inner runs of whitespace (including tabs and
 * line breaks pasted from a spreadsheet cell) collapsed to one space, composed to NFC so that the same
 * accented name is always the same string. Other control characters are refused: they are invisible
 * and would end up in the report. Blank means null: the API then names the business itself.
 */
public final class BusinessNameRule {

    /**
     * 120 characters: the length of the legal name field (dénomination) in the INSEE SIRENE register,
     * so every registered French company name fits.
     */
    public static final int MAX_LENGTH = 120;

    private BusinessNameRule() {
    }

    public static Parsed<String> normalise(String raw) {
        if (raw == null) {
            return Parsed.ok(null);
        }
        if (raw.length() > MAX_LENGTH * 4) {
            return Parsed.failed(FieldProblemCode.TOO_LONG, MAX_LENGTH);
        }
        StringBuilder name = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i += Character.charCount(raw.codePointAt(i))) {
            int cp = raw.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = name.length() > 0;
            } else if (Character.isISOControl(cp)) {
                return Parsed.failed(FieldProblemCode.CONTROL_CHARACTER, String.format("U+%04X", cp));
            } else {
                if (pendingSpace) {
                    name.append(' ');
                    pendingSpace = false;
                }
                name.appendCodePoint(cp);
            }
        }
        if (name.length() == 0) {
            return Parsed.ok(null);
        }
        String normalised = Normalizer.normalize(name, Normalizer.Form.NFC);
        if (normalised.codePointCount(0, normalised.length()) > MAX_LENGTH) {
            return Parsed.failed(FieldProblemCode.TOO_LONG, MAX_LENGTH);
        }
        return Parsed.ok(normalised);
    }
}
