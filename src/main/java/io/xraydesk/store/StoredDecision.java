package io.xraydesk.store;

import java.time.Instant;

/**
 * One decision on a request as saved. A request's decisions form its history: version 1 is the
 * first, each change adds the next version, and the highest is the current decision.
 */
public record StoredDecision(String id, String requestId, long version, DecisionTerms terms, Analyst decidedBy,
        Instant decidedAt) {

    public StoredDecision {
        Required.nonNull("id, requestId, terms, decidedBy, decidedAt", id, requestId, terms, decidedBy, decidedAt);
    }
}
