package io.xraydesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.RequestNotes;
import io.xraydesk.api.model.WireJson;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/** {@code POST /requests}, {@code GET /requests/{id}} (and {@code /request/{id}}), {@code POST /requests/{id}}. */
record RequestsEndpoint(SandboxState state, SandboxClock clock, AnalysisEngine engine) {

    void create(HttpExchange ex, String callerId) throws IOException {
        NewRequest body = Exchanges.readAs(ex, NewRequest.class);
        CompanyCodeRules.validate(body.code());
        NotesRules.validate(body.notes());
        RequestRecord request = new RequestRecord(Ids.objectId(), body.code(), nameOrDefault(body),
                body.creator() == null || body.creator().isBlank() ? callerId : body.creator(),
                body.notes() == null || body.notes().isEmpty() ? null : body.notes(), now());
        state.addRequest(request);
        state.counters.increment(Counters.CREATE_REQUEST);
        engine.requestCreated(request);
        send(ex, request);
    }

    void get(HttpExchange ex, String id) throws IOException {
        send(ex, find(id));
    }

    /** Adds notes to an existing request (E11, inferred) and runs the Financial X-Ray again. */
    void update(HttpExchange ex, String id) throws IOException {
        RequestRecord request = find(id);
        JsonNode body = Exchanges.readJson(ex);
        if (!body.path("notes").isObject()) {
            throw ApiError.badRequest("invalid_body", "Send {\"notes\":{…}} to update a request", "notes");
        }
        RequestNotes notes;
        try {
            notes = WireJson.mapper().treeToValue(body.get("notes"), RequestNotes.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiError.badRequest("invalid_notes", "notes do not match the expected shape: "
                    + e.getOriginalMessage(), "notes");
        }
        NotesRules.validate(notes);
        synchronized (state) {
            request.notes = NotesRules.merge(request.notes, notes);
            request.updatedAt = now();
        }
        engine.notesUpdated(request);
        send(ex, request);
    }

    private RequestRecord find(String id) {
        return state.request(id).orElseThrow(() -> ApiError.notFound("Request", id));
    }

    private void send(HttpExchange ex, RequestRecord request) throws IOException {
        io.xraydesk.api.model.AnalysisRequest wire;
        synchronized (state) {
            wire = request.toWire();
        }
        Exchanges.sendWrapped(ex, 200, "request", wire);
    }

    /** Name used when the client gives none (the sandbox's choice): "SIREN 514673987", "KVK 24288945". */
    static String nameOrDefault(NewRequest body) {
        if (body.businessName() != null && !body.businessName().isBlank()) {
            return body.businessName().trim();
        }
        return body.code().type().toUpperCase(Locale.ROOT) + " " + body.code().id();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
    }
}
