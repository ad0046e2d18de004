package io.xraydesk.store;

import java.util.Locale;
import java.util.Optional;

/**
 * One committed change of a shared row, as announced on {@link TeamChangeListener#CHANNEL}. The payload
 * is {@code "<kind> <operation> <request id> <row id> <version>"}, e.g. {@code "report insert
 * 6413297a… 6413a0b1… 1"}; the row id is the request's own id for a request, the report id for a
 * report, the analyst's user id for a follower, the note id for a note, the decision id (one per
 * version) for a decision.
 */
public record TeamChange(Kind kind, Operation operation, String requestId, String rowId, long version) {

    public enum Kind { REQUEST, REPORT, FOLLOWER, NOTE, DECISION }

    public enum Operation { INSERT, UPDATE, DELETE }

    /** Reads a payload; empty for one this version does not understand (a newer relay's, say). */
    public static Optional<TeamChange> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(" ");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TeamChange(Kind.valueOf(parts[0].toUpperCase(Locale.ROOT)),
                    Operation.valueOf(parts[1].toUpperCase(Locale.ROOT)), parts[2], parts[3], Long.parseLong(parts[4])));
        } catch (IllegalArgumentException unknownWord) {
            return Optional.empty();
        }
    }
}
