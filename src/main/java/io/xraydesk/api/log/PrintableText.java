package io.xraydesk.api.log;

import java.util.StringJoiner;

/**
 * Makes text that came from a server or a file name safe to show on one line of a terminal, a log
 * or a dialog. Such text is not ours: an escape sequence in it could clear the analyst's screen or
 * retitle the window, a carriage return or line feed could forge a line such as "SUCCESS: request
 * created", and a bidi override could show a file name backwards. Every control character (C0, DEL,
 * C1), every line or paragraph separator and every bidi control is therefore shown escaped
 * ({@code \n}, {@code \r}, {@code \t}, {@code \e}, else {@code \}{@code uXXXX}), and the text is cut
 * to a readable length with the number of characters left out.
 */
public final class PrintableText {

    /** Long enough for any honest name or message, short enough to stay one readable line. */
    public static final int DEFAULT_MAX_CHARS = 500;

    private PrintableText() {
    }

    /** {@code text} escaped and cut to {@link #DEFAULT_MAX_CHARS}; null stays null. */
    public static String of(String text) {
        return of(text, DEFAULT_MAX_CHARS);
    }

    /** {@code text} escaped and cut to {@code maxChars} characters of the original; null stays null. */
    public static String of(String text, int maxChars) {
        if (text == null) {
            return null;
        }
        int kept = Math.min(text.length(), maxChars);
        if (kept < text.length() && Character.isHighSurrogate(text.charAt(kept - 1))) {
            kept--;
        }
        StringBuilder safe = new StringBuilder(kept + 16);
        for (int i = 0; i < kept; i++) {
            appendEscaped(safe, text.charAt(i));
        }
        if (kept < text.length()) {
            safe.append("… (").append(text.length() - kept).append(" more characters)");
        }
        return safe.toString();
    }

    /**
     * Text of several lines (our own separators between items) with each line made safe as by
     * {@link #of(String)}: line feeds are kept, every other control character is escaped.
     */
    public static String lines(String text) {
        if (text == null) {
            return null;
        }
        StringJoiner safe = new StringJoiner("\n");
        for (String line : text.split("\n", -1)) {
            safe.add(of(line));
        }
        return safe.toString();
    }

    /** True when {@code c} would move the cursor, start an escape sequence or reorder the text. */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029' || isBidiControl(c);
    }

    private static boolean isBidiControl(char c) {
        return c == '\u061c' || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static void appendEscaped(StringBuilder safe, char c) {
        if (!isUnsafe(c)) {
            safe.append(c);
            return;
        }
        switch (c) {
            case '\n' -> safe.append("\\n");
            case '\r' -> safe.append("\\r");
            case '\t' -> safe.append("\\t");
            case '\u001b' -> safe.append("\\e");
            default -> safe.append(String.format("\\u%04x", (int) c));
        }
    }
}
