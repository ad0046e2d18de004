package io.xraydesk.core.requests;

import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.RequestCache;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The duplicate guard: requests of the local history for the same company code, newest first, so
 * the form can offer to open one instead of creating another. Blocking (database): off the UI thread.
 */
public final class KnownRequests {

    private final RequestCache cache;

    public KnownRequests(RequestCache cache) {
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    public List<KnownRequest> forCode(CompanyCode code) {
        return cache.findByCode(code.type(), code.id()).stream().map(KnownRequests::known).toList();
    }

    private static KnownRequest known(CachedRequest row) {
        Instant when = row.createdAt() != null ? row.createdAt() : row.fetchedAt();
        return new KnownRequest(row.id(), row.businessName(), when);
    }

    /** One earlier request: its id to open it, its name and when it was created (or first seen). */
    public record KnownRequest(String id, String businessName, Instant createdAt) {
    }
}
