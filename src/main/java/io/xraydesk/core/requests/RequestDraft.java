package io.xraydesk.core.requests;

import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.RequestNotes;
import io.xraydesk.core.notes.CreatorInput;
import java.util.Objects;

/**
 * A request as the form validated it, ready to send: the company code (already checked by its type),
 * the business name (null: the API names it), who it is for, and the financial notes (null: none).
 */
public record RequestDraft(CompanyCode code, String businessName, CreatorInput creator, RequestNotes notes) {

    public RequestDraft {
        Objects.requireNonNull(code, "code");
        creator = creator == null ? CreatorInput.ME : creator;
        notes = notes == null || notes.isEmpty() ? null : notes;
    }
}
