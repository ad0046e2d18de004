package io.xraydesk.core.requests;

import io.xraydesk.core.watch.SourceSummary;
import io.xraydesk.store.CachedRequest;
import java.util.Objects;

/**
 * A request as the list shows it: its cache row with the per-X-Ray summary already parsed, so the
 * screens never read the stored JSON themselves.
 */
public record RequestOverview(CachedRequest cached, SourceSummary summary) {

    public RequestOverview {
        Objects.requireNonNull(cached, "cached");
        Objects.requireNonNull(summary, "summary");
    }

    static RequestOverview of(CachedRequest cached) {
        return new RequestOverview(cached, SourceSummary.fromJson(cached.sourceSummaryJson()));
    }

    public String id() {
        return cached.id();
    }
}
