package io.xraydesk.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One decision on a request as saved. A request's decisions form its history: version 1 is the
 * first, each change adds the next version, and the highest is the current decision.
 */
public record StoredDecision(String id, String requestId, long version, DecisionTerms terms, Analyst decidedBy,
        Instant decidedAt) {

    public StoredDecision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
