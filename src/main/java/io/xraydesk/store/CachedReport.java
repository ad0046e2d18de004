package io.xraydesk.store;

import java.time.Instant;

/**
 * The local copy of one report, with its JSON as fetched. Instants are kept to the millisecond.
 * {@code version} is that of the stored row it was read at, 0 when not read from the store, as for
 * {@link CachedRequest}.
 */
public record CachedReport(
        String id,
        String requestId,
        String source,
        String score,
        Instant createdAt,
        String json,
        Instant fetchedAt,
        long version) {

    /** A value not read from the store (version 0): storing it adds the report. */
    public CachedReport(String id, String requestId, String source, String score, Instant createdAt, String json,
            Instant fetchedAt) {
        this(id, requestId, source, score, createdAt, json, fetchedAt, 0);
    }

    public CachedReport {
        Required.nonNull("id, requestId, json, fetchedAt", id, requestId, json, fetchedAt);
        createdAt = CachedRequest.millis(createdAt);
        fetchedAt = CachedRequest.millis(fetchedAt);
        if (version < 0) {
            throw new IllegalArgumentException("version " + version);
        }
    }
}
