package io.xraydesk.store;

import java.util.Locale;
import java.util.Optional;

/** What the analyst proposes for a request. */
public enum DecisionOutcome {
    APPROVE,
    DECLINE,
    /** Passed to a higher authority (a committee, a senior analyst). */
    REFER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DecisionOutcome> fromWire(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (DecisionOutcome outcome : values()) {
            if (outcome.wire().equals(wanted)) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
