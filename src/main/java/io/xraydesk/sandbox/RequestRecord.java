package io.xraydesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.RequestNotes;
import io.xraydesk.api.model.WireJson;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The sandbox's mutable copy of one request; guarded by the {@link SandboxState} lock. */
final class RequestRecord {

    final String id;
    final CompanyCode code;
    final String businessName;
    final String creator;
    final OffsetDateTime createdAt;
    RequestNotes notes;
    RequestProgress progress = RequestProgress.CREATED;
    OffsetDateTime updatedAt;
    final List<String> mediumIds = new ArrayList<>();
    final List<String> reportIds = new ArrayList<>();

    RequestRecord(String id, CompanyCode code, String businessName, String creator, RequestNotes notes,
            OffsetDateTime now) {
        this.id = id;
        this.code = code;
        this.businessName = businessName;
        this.creator = creator;
        this.notes = notes;
        this.createdAt = now;
        this.updatedAt = now;
    }

    AnalysisRequest toWire() {
        // Collaborator shape is undocumented (docs/october-api.md, open question OQ-12); the creator is listed as
        // {"id", "role"}.
        JsonNode creatorEntry = WireJson.mapper().valueToTree(Map.of("id", creator, "role", "creator"));
        return new AnalysisRequest(id, code, progress.status(), progress.stage(), businessName, creator,
                List.of(creatorEntry), notes, createdAt, updatedAt);
    }
}
