package io.xraydesk.ui.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the analyst typed or pasted as a request id: the 24 hex characters of an id (docs/october-api.md, Conventions),
 * alone or inside a pasted web-app link, in any case and with surrounding spaces; or a list of them, one per
 * line or separated by commas, semicolons or spaces (a column pasted from a spreadsheet, a file of ids).
 */
public final class RequestIdInput {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
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

    /** Every id of a pasted list, each once in the order given, and the pieces that are not ids, as typed. */
    public static IdList parseList(String input) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> invalid = new ArrayList<>();
        if (input != null) {
            for (String token : SEPARATORS.split(input.strip())) {
                if (token.isEmpty()) {
                    continue;
                }
                parse(token).ifPresentOrElse(ids::add, () -> invalid.add(token));
            }
        }
        return new IdList(List.copyOf(ids), List.copyOf(invalid));
    }

    /** What a pasted list holds: the request ids, and what could not be read as one. */
    public record IdList(List<String> ids, List<String> invalid) {
    }
}
