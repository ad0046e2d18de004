package io.xraydesk.core.requests;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything known locally about one request, for its page: the overview (cache row, X-Ray states
 * and stages; empty before the first fetch), the request as last fetched (empty when its stored text
 * is unreadable), and its reports. A record, so further per-request state joins it as a component.
 */
public record RequestDetails(String requestId, Optional<RequestOverview> overview, Optional<AnalysisRequest> request,
        List<Report> reports) {

    public RequestDetails {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(overview, "overview");
        Objects.requireNonNull(request, "request");
        reports = List.copyOf(reports);
    }

    /** The stages the request went through, oldest first; the current stage alone when none were seen. */
    public List<String> stages() {
        return overview.map(o -> {
            List<String> seen = o.stages().stages();
            return seen.isEmpty() && o.cached().stage() != null ? List.of(o.cached().stage()) : seen;
        }).orElse(List.of());
    }
}
