package io.xraydesk.core.decision;

import io.xraydesk.store.Analyst;
import io.xraydesk.store.DecisionStore;
import io.xraydesk.store.DecisionTerms;
import io.xraydesk.store.StoredDecision;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in analyst's decisions on requests. Blocking (database): call off the UI thread.
 * A decision is saved on top of the version its author saw, so two analysts deciding at once do not
 * silently replace each other: the second is told ({@link io.xraydesk.store.EditConflictException}).
 */
public final class CreditDecisions {

    private final DecisionStore store;
    private final Analyst analyst;
    private final Clock clock;

    public CreditDecisions(DecisionStore store, Analyst analyst, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.analyst = Objects.requireNonNull(analyst, "analyst");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Saves the decision over {@code seenVersion}: the version of the current decision when the analyst
     * started (0 when there was none).
     */
    public StoredDecision decide(String requestId, long seenVersion, DecisionTerms terms) {
        return store.decide(requestId, seenVersion, terms, analyst, clock.instant());
    }

    public Optional<StoredDecision> current(String requestId) {
        return store.current(requestId);
    }

    /** The decisions of the request, oldest first; the last one is in force. */
    public List<StoredDecision> history(String requestId) {
        return store.history(requestId);
    }
}
