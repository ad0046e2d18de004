package io.xraydesk.store;

import java.time.Instant;
import java.util.Objects;

/** The local copy of one report, with its JSON as fetched. Instants are kept to the millisecond. */
public record CachedReport(
        String id,
        String requestId,
        String source,
        String score,
        Instant createdAt,
        String json,
        Instant fetchedAt) {

    public CachedReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        createdAt = CachedRequest.millis(createdAt);
        fetchedAt = CachedRequest.millis(fetchedAt);
    }
}
