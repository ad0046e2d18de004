package io.xraydesk.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The dashboard's local copy of one request. {@code requestJson} is the request as last fetched and
 * {@code sourceSummaryJson} the stages seen so far (the column keeps its first name; the X-Ray
 * states are never stored, they are decided from the reports and the upload journal), both JSON
 * text so this package stays independent of the API's types. {@code missingSince} is set once the server answered
 * "not found" for it (the copy is kept for reading), null while the server knows it. Instants are
 * kept to the millisecond.
 *
 * <p>{@code version} is the version of the stored row this value was read at, 0 for a value not read
 * from the store (a request just fetched or created): a write based on it succeeds only while the row
 * is still at that version (see {@link StaleWriteException}).
 */
public record CachedRequest(
        String id,
        String codeType,
        String codeId,
        String businessName,
        String status,
        String stage,
        Instant createdAt,
        Instant updatedAt,
        String requestJson,
        Instant fetchedAt,
        RequestOrigin origin,
        String sourceSummaryJson,
        Instant missingSince,
        long version) {

    /** A copy as fetched from the server (known there, so not missing), not read from the store (version 0). */
    public CachedRequest(String id, String codeType, String codeId, String businessName, String status, String stage,
            Instant createdAt, Instant updatedAt, String requestJson, Instant fetchedAt, RequestOrigin origin,
            String sourceSummaryJson) {
        this(id, codeType, codeId, businessName, status, stage, createdAt, updatedAt, requestJson, fetchedAt, origin,
                sourceSummaryJson, null, 0);
    }

    public CachedRequest {
        Required.nonNull("id, requestJson, fetchedAt, origin", id, requestJson, fetchedAt, origin);
        createdAt = millis(createdAt);
        updatedAt = millis(updatedAt);
        fetchedAt = millis(fetchedAt);
        missingSince = millis(missingSince);
        if (version < 0) {
            throw new IllegalArgumentException("version " + version);
        }
    }

    /** This value as a change of the stored row at {@code baseVersion} (0: a request not stored yet). */
    public CachedRequest basedOn(long baseVersion) {
        return new CachedRequest(id, codeType, codeId, businessName, status, stage, createdAt, updatedAt, requestJson,
                fetchedAt, origin, sourceSummaryJson, missingSince, baseVersion);
    }

    /** Whether the server answered "not found" for it at the last try. */
    public boolean isMissing() {
        return missingSince != null;
    }

    static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
