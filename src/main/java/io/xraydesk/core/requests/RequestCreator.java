package io.xraydesk.core.requests;

import io.xraydesk.api.CreatedUnreadableException;
import io.xraydesk.api.CreatorField;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.OutcomeUnknownException;
import io.xraydesk.api.ValidationException;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.core.audit.AuditRecorder;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.core.watch.StageTrail;
import io.xraydesk.store.RequestCache;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.StoreException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates a request from a validated {@link RequestDraft} (docs/october-api.md, Requests, E1), records it
 * in the local history so the dashboard and the duplicate guard know it, and in the request's audit
 * trail. Blocking: call it off the UI thread.
 */
public final class RequestCreator {

    private static final Logger LOG = Logger.getLogger(RequestCreator.class.getName());
    /** The field a server names when it refuses the {@code notes} object as a whole. */
    private static final String NOTES_FIELD = "notes";

    private final OctoberClient client;
    private final RequestCache cache;
    private final AuditRecorder audit;
    private final Clock clock;

    public RequestCreator(OctoberClient client, RequestCache cache, AuditRecorder audit, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.cache = Objects.requireNonNull(cache, "cache");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Sends the request. Refusals propagate as the API's exceptions ({@code ValidationException} with
     * its field, {@code NetworkException}…): nothing was created then. A connection lost after sending
     * is not a refusal: it gives {@link CreationResult.OutcomeUnknown}.
     */
    public CreationResult create(RequestDraft draft) {
        NewRequest body = new NewRequest(draft.code(), draft.businessName(),
                CreatorField.fromInput(draft.creator().value()), draft.notes());
        AnalysisRequest created;
        Optional<String> notesProblem = Optional.empty();
        try {
            created = client.createRequest(body);
        } catch (OutcomeUnknownException | CreatedUnreadableException maybeCreated) {
            return outcomeUnknown(maybeCreated, body);
        } catch (ValidationException refused) {
            if (body.notes() == null || !refused.field().filter(NOTES_FIELD::equals).isPresent()) {
                throw refused;
            }
            // Notes are taken to be accepted at creation (docs/october-api.md, Requests). A server that refuses the
            // notes object as such (field "notes", not one of its values) created nothing, so the request is created
            // without them and the notes follow through the update call (E11), as the Financial X-Ray guide describes
            // notes being "added to the request".
            NewRequest withoutNotes = new NewRequest(body.code(), body.businessName(), body.creator(), null);
            try {
                created = client.createRequest(withoutNotes);
            } catch (OutcomeUnknownException | CreatedUnreadableException maybeCreated) {
                return outcomeUnknown(maybeCreated, withoutNotes);
            }
            notesProblem = attachNotes(created, draft);
            if (notesProblem.isEmpty()) {
                created = withNotes(created, draft);
            }
        }
        // The answer may leave out the company (the documented one does): the request is recorded
        // and shown with the code and name given here.
        created = KnownIdentity.completed(created, body);
        remember(created);
        audit.requestCreated(created);
        return new CreationResult.Created(created, notesProblem);
    }

    /**
     * When the server accepted the request but its answer could not be read, the id found in the
     * answer is recorded with what was sent (code, business name), so the dashboard lists it and the
     * duplicate guard offers it before a second one is created; its history starts with its creation.
     */
    private CreationResult outcomeUnknown(OctoberException maybeCreated, NewRequest sent) {
        if (maybeCreated instanceof CreatedUnreadableException unreadable) {
            unreadable.foundId().map(id -> AsSent.request(id, sent)).ifPresent(created -> {
                remember(created);
                audit.requestCreated(created);
            });
        }
        return new CreationResult.OutcomeUnknown(maybeCreated);
    }

    private Optional<String> attachNotes(AnalysisRequest created, RequestDraft draft) {
        try {
            client.updateRequestNotes(created.id(), draft.notes());
            return Optional.empty();
        } catch (OctoberException failed) {
            return Optional.of(failed.getMessage());
        }
    }

    private static AnalysisRequest withNotes(AnalysisRequest request, RequestDraft draft) {
        return new AnalysisRequest(request.id(), request.code(), request.status(), request.stage(),
                request.businessName(), request.creator(), request.collaborators(), draft.notes(),
                request.createdAt(), request.updatedAt());
    }

    /**
     * The request exists on the server whatever happens here: a local database failure is logged and
     * the dashboard's next refresh records it, rather than telling the analyst creation failed.
     */
    private void remember(AnalysisRequest request) {
        try {
            cache.upsert(RequestRecords.toCached(request, RequestOrigin.CREATED_HERE, StageTrail.EMPTY,
                    clock.instant()));
        } catch (StoreException notRecorded) {
            LOG.log(Level.WARNING, "request " + request.id() + " created but not recorded locally: "
                    + notRecorded.getMessage());
        }
    }
}
