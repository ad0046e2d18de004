package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A request ("case"): one analysis of one company (docs/october-api.md, Requests). {@code status} and {@code stage}
 * are kept verbatim: only {@code pending_analysis} / {@code 1.1} are documented (docs/october-api.md, open question
 * OQ-11). {@code createdAt} / {@code updatedAt} are inferred and may be null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnalysisRequest(
        String id,
        CompanyCode code,
        String status,
        String stage,
        String businessName,
        String creator,
        List<JsonNode> collaborators,
        RequestNotes notes,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** The only status the documentation shows, right after creation. */
    public static final String STATUS_PENDING_ANALYSIS = "pending_analysis";

    public AnalysisRequest {
        collaborators = collaborators == null ? List.of() : List.copyOf(collaborators);
    }
}
