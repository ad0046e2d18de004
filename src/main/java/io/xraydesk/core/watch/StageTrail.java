package io.xraydesk.core.watch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.xraydesk.api.model.WireJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages a request went through, oldest first, as this installation saw them: the API keeps no
 * history of them. Stored in the request cache ({@code source_summary_json}); the X-Ray states are
 * not stored but decided each time from the cached reports and the upload journal (see
 * docs/xray-states.md), so nothing here can disagree with them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StageTrail(List<String> stages) {

    public static final StageTrail EMPTY = new StageTrail(List.of());

    public StageTrail {
        stages = stages == null ? List.of() : List.copyOf(stages);
    }

    /** This trail with {@code stage} appended when it differs from the last one seen. */
    public StageTrail withStage(String stage) {
        if (stage == null || (!stages.isEmpty() && stages.get(stages.size() - 1).equals(stage))) {
            return this;
        }
        List<String> more = new ArrayList<>(stages);
        more.add(stage);
        return new StageTrail(more);
    }

    public String toJson() {
        try {
            return WireJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stage trail always serialises", e);
        }
    }

    /**
     * Reads a stored trail; a missing or unreadable one is empty rather than an error (a cache is
     * disposable). Rows written by earlier versions carried more fields beside {@code stages}: ignored.
     */
    public static StageTrail fromJson(String json) {
        if (json == null || json.isBlank()) {
            return EMPTY;
        }
        try {
            return WireJson.mapper().readValue(json, StageTrail.class);
        } catch (JsonProcessingException e) {
            return EMPTY;
        }
    }
}
