package io.xraydesk.api.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * The output of one X-Ray run (docs/october-api.md, Reports, inferred). {@code source} is kept verbatim ({@link
 * Source} names the five documented ones); {@code score} is a letter A–E or null; {@code data} is the
 * X-Ray-specific content, left as a JSON tree because its layout is undocumented (docs/october-api.md, open question
 * OQ-16).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Report(
        String id,
        String request,
        String source,
        OffsetDateTime createdAt,
        String score,
        JsonNode data) {
}
