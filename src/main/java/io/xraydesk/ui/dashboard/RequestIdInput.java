package io.xraydesk.ui.dashboard;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the analyst typed or pasted as a request id: the 24 hex characters of an id (docs/october-api.md, Conventions),
 * alone or inside a pasted web-app link, in any case and with surrounding spaces.
 */
public final class RequestIdInput {

    private static final Pattern ID = Pattern.compile("(?<![0-9a-f])[0-9a-f]{24}(?![0-9a-f])");

    private RequestIdInput() {
    }

    /** The id in lowercase, or empty when the input holds no id, or more than one. */
    public static Optional<String> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        Matcher m = ID.matcher(input.trim().toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return Optional.empty();
        }
        String id = m.group();
        return m.find() ? Optional.empty() : Optional.of(id);
    }
}
