package io.xraydesk.core.session;

/**
 * Cleans a value pasted from a web page, an e-mail or a terminal: spaces, line breaks and the
 * quotes that often come with a copied token are not part of it.
 */
public final class PastedSecret {

    private static final String QUOTES = "\"'`\u201C\u201D\u2018\u2019\u00AB\u00BB";

    private PastedSecret() {
    }

    public static String clean(String pasted) {
        if (pasted == null) {
            return "";
        }
        String value = pasted.strip();
        while (value.length() >= 1 && (isQuote(value.charAt(0)) || isQuote(value.charAt(value.length() - 1)))) {
            if (isQuote(value.charAt(0))) {
                value = value.substring(1);
            }
            if (!value.isEmpty() && isQuote(value.charAt(value.length() - 1))) {
                value = value.substring(0, value.length() - 1);
            }
            value = value.strip();
        }
        return value;
    }

    private static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }
}
