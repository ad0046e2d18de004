package io.xraydesk.core.requests;

import io.xraydesk.api.CreatedUnreadableException;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.OutcomeUnknownException;
import io.xraydesk.api.model.AnalysisRequest;
import java.util.Objects;
import java.util.Optional;

/**
 * How a creation ended, apart from refusals (which are thrown as the API's exceptions, so a form can
 * put a {@code ValidationException} on its field): created, or maybe created.
 */
public sealed interface CreationResult {

    /**
     * The request exists. {@code notesProblem} is set when the notes could not be attached after the
     * server refused them at creation: the request is there, its notes must be added from its page.
     */
    record Created(AnalysisRequest request, Optional<String> notesProblem) implements CreationResult {

        public Created {
            Objects.requireNonNull(request, "request");
            notesProblem = notesProblem == null ? Optional.empty() : notesProblem;
        }
    }

    /**
     * The connection broke after the request was sent ({@link OutcomeUnknownException}), or the
     * server accepted it with an answer that cannot be read ({@link CreatedUnreadableException}): the
     * request may exist. Repeating the call could make a second request, so that is the analyst's
     * decision, never automatic.
     */
    record OutcomeUnknown(OctoberException cause) implements CreationResult {

        public OutcomeUnknown {
            Objects.requireNonNull(cause, "cause");
        }
    }
}
