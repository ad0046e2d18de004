package io.xraydesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Credit decisions per request, with their history: a change never overwrites, it adds the next
 * version. Each decision is written with its audit entry ({@link AuditAction#DECISION_MADE} for the
 * first, {@link AuditAction#DECISION_CHANGED} after) in one transaction.
 */
public interface DecisionStore {

    /**
     * Saves {@code terms} as the request's decision, provided the current decision is still at {@code
     * expectedVersion} (0: the request had no decision when the analyst started).
     *
     * @throws EditConflictException when another decision was saved since: nothing is written
     */
    StoredDecision decide(String requestId, long expectedVersion, DecisionTerms terms, Analyst analyst, Instant at);

    /** The decision in force: the latest version. */
    Optional<StoredDecision> current(String requestId);

    /** The decision in force of every request that has one, by request id: one read for a whole portfolio. */
    Map<String, StoredDecision> currentByRequest();

    /** Every decision of the request, oldest first. */
    List<StoredDecision> history(String requestId);
}
