package io.xraydesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Medium;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.Period;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** {@code POST /media} (draft + upload data), {@code POST /media/{id}} (online), {@code GET /media/{id}}. */
final class MediaEndpoint {

    private final SandboxState state;
    private final SandboxClock clock;
    private final AnalysisEngine engine;
    private final UploadTargets uploads;
    private final long maxUploadBytes;

    MediaEndpoint(SandboxState state, SandboxClock clock, AnalysisEngine engine, UploadTargets uploads,
            long maxUploadBytes) {
        this.state = state;
        this.clock = clock;
        this.engine = engine;
        this.uploads = uploads;
        this.maxUploadBytes = maxUploadBytes;
    }

    void create(HttpExchange ex) throws IOException {
        NewMedium body = Exchanges.readAs(ex, NewMedium.class);
        DocumentCategory category = DocumentCategory.fromWire(body.name()).orElseThrow(() -> ApiError.badRequest(
                "invalid_name", "name must be one of bank_statement, certified_financial_statement, "
                        + "interim_financial_statement, other", "name"));
        if (body.request() == null || body.request().isBlank()) {
            throw ApiError.badRequest("invalid_body", "request (the owning request id) is required", "request");
        }
        state.request(body.request()).orElseThrow(() -> ApiError.notFound("Request", body.request()));
        if (body.meta() == null || body.meta().name() == null || body.meta().name().isBlank()) {
            throw ApiError.badRequest("invalid_body", "meta.name (the original file name) is required", "meta.name");
        }
        if (body.size() != null && body.size() < 1) {
            throw ApiError.badRequest("invalid_size", "size must be at least 1 byte", "size");
        }
        if (body.size() != null && body.size() > maxUploadBytes) {
            throw new ApiError(413, "file_too_large", "Files are limited to " + maxUploadBytes + " bytes", "size");
        }
        MediumMeta meta = checkedMeta(category, body.meta().name(), body.meta().period(), body.meta().date());
        String contentType = body.contentType() == null || body.contentType().isBlank()
                ? contentTypeOf(meta.name()) : body.contentType();
        String key = "requests/" + body.request() + "/" + objectName(meta.name());
        MediumRecord medium = new MediumRecord(Ids.objectId(), body.request(), category, key, contentType, meta,
                OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC));
        state.addMedium(medium);
        state.counters.increment(Counters.CREATE_MEDIUM);
        Exchanges.sendJson(ex, 200, new MediumDraft(wire(medium), uploads.forKey(key, contentType)));
    }

    void get(HttpExchange ex, String id) throws IOException {
        Exchanges.sendWrapped(ex, 200, "medium", wire(find(id)));
    }

    /**
     * Puts a draft online. Period and date are read from {@code meta} or, as the reference allows (docs/october-api.md,
     * Media and uploads, E5), from the top level. The medium passes through {@code online} straight to {@code
     * pending_extraction} (inferred: extraction starts at once) and its X-Rays are scheduled.
     */
    void finalise(HttpExchange ex, String id) throws IOException {
        MediumRecord medium = find(id);
        JsonNode body = Exchanges.readJson(ex);
        if (!Medium.STATUS_ONLINE.equals(body.path("status").asText(null))) {
            throw ApiError.badRequest("invalid_status", "status must be \"online\"", "status");
        }
        JsonNode meta = body.path("meta");
        String period = text(meta, body, "period");
        String date = text(meta, body, "date");
        synchronized (state) {
            if (!Medium.STATUS_DRAFT.equals(medium.status)) {
                throw new ApiError(409, "invalid_state", "Medium " + id + " is " + medium.status
                        + "; only a draft can be put online");
            }
            MediumMeta checked = checkedMeta(medium.category, medium.meta.name(),
                    period != null ? period : medium.meta.period(), date != null ? date : medium.meta.date());
            if (state.object(medium.key).isEmpty()) {
                throw new ApiError(409, "object_missing", "No file was uploaded for medium " + id
                        + "; upload it with the data of POST /media first");
            }
            medium.meta = checked;
            medium.status = Medium.STATUS_PENDING_EXTRACTION;
        }
        state.counters.increment(Counters.FINALISE_MEDIUM);
        engine.mediumOnline(medium);
        Exchanges.sendWrapped(ex, 200, "medium", wire(medium));
    }

    private MediumRecord find(String id) {
        return state.medium(id).orElseThrow(() -> ApiError.notFound("Medium", id));
    }

    private Medium wire(MediumRecord medium) {
        synchronized (state) {
            return medium.toWire();
        }
    }

    private static String text(JsonNode meta, JsonNode body, String field) {
        JsonNode v = meta.hasNonNull(field) ? meta.get(field) : body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * Period allowed for the category (docs/october-api.md, Media and uploads) and date written yyyy-mm-dd
     * (docs/october-api.md, open question OQ-7, inferred).
     */
    static MediumMeta checkedMeta(DocumentCategory category, String name, String period, String date) {
        if (period != null) {
            Period p = Period.fromWire(period).orElseThrow(() -> ApiError.badRequest("invalid_period",
                    "Unknown period \"" + period + "\": use year, semester, quarter or month", "meta.period"));
            if (!category.accepts(p)) {
                throw ApiError.badRequest("invalid_period", "A " + category.wire() + " cannot cover a " + period
                        + (category.allowedPeriods().isEmpty() ? "; it takes no period" : "; allowed: "
                        + category.allowedPeriods().stream().map(Period::wire).toList()), "meta.period");
            }
        }
        if (date != null) {
            try {
                if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new DateTimeParseException("not yyyy-mm-dd", date, 0);
                }
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest("invalid_date", "date must be a calendar date written yyyy-mm-dd", "meta.date");
            }
        }
        return new MediumMeta(name, period, date);
    }

    /** Stored object name like the CDN example: {@code <base>-<32 hex>.<ext>}, accents folded. */
    private static String objectName(String fileName) {
        String base = java.text.Normalizer.normalize(fileName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("\\.[^.]*$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String ext = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1)
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") : "";
        return (base.isEmpty() ? "file" : base.substring(0, Math.min(base.length(), 40))) + "-" + Ids.randomHex(16)
                + (ext.isEmpty() ? "" : "." + ext);
    }

    private static String contentTypeOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".png")) {
            return "image/png";
        }
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        return "application/octet-stream";
    }
}
