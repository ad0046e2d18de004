package io.xraydesk.core.xray;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.store.CachedRequestFields;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the request itself launches (docs/xray-states.md): ESG and Manager at its creation, and Financial too
 * when it carries notes. Read from the whole request, or from the columns the cache keeps of it (the portfolio,
 * which parses no request); the creation time is kept to the millisecond, as the cache keeps it, so that both
 * reads decide the same X-Rays.
 *
 * @param createdAt when the request was created, null when the server did not say
 */
public record RequestLaunch(Instant createdAt, boolean carriesNotes) {

    public RequestLaunch {
        createdAt = createdAt == null ? null : createdAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Null for a request not known (only its reports are). */
    public static RequestLaunch of(AnalysisRequest request) {
        return request == null ? null : new RequestLaunch(
                request.createdAt() == null ? null : request.createdAt().toInstant(),
                request.notes() != null && !request.notes().isEmpty());
    }

    /** Null for a cached request whose stored JSON cannot be read, as when it is read whole. */
    public static RequestLaunch of(CachedRequestFields cached) {
        return cached.notesGiven() == null ? null
                : new RequestLaunch(cached.request().createdAt(), cached.notesGiven());
    }
}
