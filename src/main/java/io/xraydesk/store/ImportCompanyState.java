package io.xraydesk.store;

/**
 * Where one company of a portfolio import is. PENDING → CREATING → CREATED, or PENDING → REUSED; a
 * CREATING found by a later run means the process stopped while the creation was on the wire, which the
 * run reconciles into CREATED or OUTCOME_UNKNOWN. REFUSED is final (the checks or the API refused it).
 */
public enum ImportCompanyState {
    PENDING, CREATING, OUTCOME_UNKNOWN, CREATED, REUSED, REFUSED;

    /** The company has its request: its documents can be queued. */
    public boolean hasRequest() {
        return this == CREATED || this == REUSED;
    }
}
