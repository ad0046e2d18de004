package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The output of one X-Ray run (docs/october-api.md, Reports, inferred). {@code source} is kept verbatim ({@link
 * Source} names the five documented ones); {@code score} is a letter A–E or null; {@code data} is the
 * X-Ray-specific content, left as a JSON tree because its layout is undocumented (docs/october-api.md, open question
 * OQ-16). {@code otherFields} keeps every other field of the report as sent (a {@code status}, {@code version}
 * or {@code links} the documentation does not list), so screens and exports can show them and JSON
 * written from the record carries them again. {@code asSent} is the report's JSON exactly as the server
 * sent it (key order, nulls, dates as spelt), null for a report made here rather than read
 * ({@link #read}); it is never written as a field.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Report(
        String id,
        String request,
        String source,
        OffsetDateTime createdAt,
        String score,
        JsonNode data,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> otherFields,
        @JsonIgnore JsonNode asSent) {

    public Report {
        otherFields = otherFields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(otherFields));
    }

    /** A report with the documented fields only, made here (the sandbox, tests): nothing was sent. */
    public Report(String id, String request, String source, OffsetDateTime createdAt, String score, JsonNode data) {
        this(id, request, source, createdAt, score, data, Map.of(), null);
    }

    /**
     * The report {@code json} describes, keeping {@code json} as sent. Fails as the mapper does, naming
     * the path of the field it could not read.
     */
    public static Report read(JsonNode json) throws JsonProcessingException {
        Report read = WireJson.mapper().treeToValue(json, Report.class);
        return new Report(read.id, read.request, read.source, read.createdAt, read.score, read.data, read.otherFields,
                json.deepCopy());
    }

    /** The JSON to show or export for this report: as the server sent it, else as this record writes it. */
    public JsonNode json() {
        return asSent != null ? asSent.deepCopy() : WireJson.mapper().valueToTree(this);
    }
}
