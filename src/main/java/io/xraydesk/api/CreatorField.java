package io.xraydesk.api;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The value of a new request's {@code creator} (docs/october-api.md, Requests, E1). Documented: a user id, defaulting
 * to the calling user. Also documented, without its body shape (docs/october-api.md, open question OQ-6): a creator can
 * be given by e-mail. Choice made here, and only here: an e-mail address is sent as is in the same {@code creator}
 * field, so the server either resolves it or answers a 400 that the form shows on the field.
 */
public final class CreatorField {

    private static final Pattern USER_ID = Pattern.compile("[0-9a-fA-F]{24}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private CreatorField() {
    }

    /**
     * The wire value for what an analyst typed: null when blank (the server then uses the calling
     * user), a lower-case user id, or a trimmed e-mail address.
     *
     * @throws IllegalArgumentException when the text is neither a user id nor an e-mail address
     */
    public static String fromInput(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (USER_ID.matcher(value).matches()) {
            return value.toLowerCase(Locale.ROOT);
        }
        if (EMAIL.matcher(value).matches()) {
            return value;
        }
        throw new IllegalArgumentException(
                "a creator is a user id (24 hexadecimal characters) or an e-mail address, not \"" + value + "\"");
    }
}
