package io.xraydesk.sandbox;

import io.xraydesk.api.model.RequestNotes;

/** Validation and merging of request {@code notes} (docs/october-api.md, Requests, notes). */
final class NotesRules {

    private NotesRules() {
    }

    /** {@code workforceNumber} has a documented minimum of 1; amounts may be negative. */
    static void validate(RequestNotes notes) {
        if (notes != null && notes.workforceNumber() != null && notes.workforceNumber() < 1) {
            throw ApiError.badRequest("invalid_notes", "notes.workforceNumber must be at least 1",
                    "notes.workforceNumber");
        }
    }

    /**
     * Notes sent later are added to the ones already known: a field sent replaces the old value, a
     * field left out keeps it (inferred: the guide says notes are "added to the request").
     */
    static RequestNotes merge(RequestNotes old, RequestNotes update) {
        if (old == null) {
            return update;
        }
        return new RequestNotes(
                update.holding() != null ? update.holding() : old.holding(),
                update.workforceNumber() != null ? update.workforceNumber() : old.workforceNumber(),
                update.equity() != null ? update.equity() : old.equity(),
                update.revenue() != null ? update.revenue() : old.revenue(),
                update.amortizationDepreciation() != null ? update.amortizationDepreciation()
                        : old.amortizationDepreciation(),
                update.netIncome() != null ? update.netIncome() : old.netIncome());
    }
}
