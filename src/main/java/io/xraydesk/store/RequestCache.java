package io.xraydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The requests the dashboard knows, so it starts instantly and can be read offline. */
public final class RequestCache {

    private static final String SELECT = "SELECT id, code_type, code_id, business_name, status, stage, "
            + "created_at, updated_at, request_json, fetched_at, origin, source_summary_json, missing_since FROM request_cache";

    // The origin is how the request first became known: a later fetch or webhook does not change it.
    private static final String UPSERT = "INSERT INTO request_cache (id, code_type, code_id, business_name, "
            + "status, stage, created_at, updated_at, request_json, fetched_at, origin, source_summary_json, "
            + "missing_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            + "code_type = excluded.code_type, code_id = excluded.code_id, business_name = excluded.business_name, "
            + "status = excluded.status, stage = excluded.stage, created_at = excluded.created_at, "
            + "updated_at = excluded.updated_at, request_json = excluded.request_json, "
            + "fetched_at = excluded.fetched_at, source_summary_json = excluded.source_summary_json, "
            + "missing_since = excluded.missing_since";

    private final LocalDatabase database;

    RequestCache(LocalDatabase database) {
        this.database = database;
    }

    public void upsert(CachedRequest request) {
        upsertAll(List.of(request));
    }

    /** Stores a whole refresh in one transaction (one fsync instead of one per row). */
    public void upsertAll(Collection<CachedRequest> requests) {
        database.write(c -> {
            Sql.batch(c, UPSERT, requests, r -> new Object[] {r.id(), r.codeType(), r.codeId(), r.businessName(),
                r.status(), r.stage(), r.createdAt(), r.updatedAt(), r.requestJson(), r.fetchedAt(), r.origin().name(),
                r.sourceSummaryJson(), r.missingSince()});
            return null;
        });
    }

    /**
     * Every known request, most recently updated first (never-updated ones by creation, then fetch).
     * One query along the {@code request_cache_by_recency} index: the dashboard's start-up read.
     */
    public List<CachedRequest> all() {
        return query(" ORDER BY COALESCE(updated_at, created_at, fetched_at) DESC, id");
    }

    public Optional<CachedRequest> find(String id) {
        return query(" WHERE id = ?", id).stream().findFirst();
    }

    /** The request form's duplicate guard: known requests for the same company code. */
    public List<CachedRequest> findByCode(String codeType, String codeId) {
        return query(" WHERE code_type = ? AND code_id = ? ORDER BY COALESCE(created_at, fetched_at) DESC",
                codeType, codeId);
    }

    /**
     * Marks a known request as not found on the server from {@code since} (kept for reading); an
     * earlier mark is kept. Returns whether it was known.
     */
    public boolean markMissing(String id, Instant since) {
        return database.write(c -> Sql.update(c,
                "UPDATE request_cache SET missing_since = COALESCE(missing_since, ?) WHERE id = ?", since, id) == 1);
    }

    /** Forgets a request and its cached reports. Returns whether it was known. */
    public boolean remove(String id) {
        return database.write(c -> Sql.update(c, "DELETE FROM request_cache WHERE id = ?", id) == 1);
    }

    private List<CachedRequest> query(String tail, String... parameters) {
        return database.read(c -> Sql.list(c, SELECT + tail, RequestCache::row, parameters));
    }

    private static CachedRequest row(ResultSet rs) throws SQLException {
        return new CachedRequest(rs.getString("id"), rs.getString("code_type"), rs.getString("code_id"),
                rs.getString("business_name"), rs.getString("status"), rs.getString("stage"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getString("request_json"),
                Sql.instant(rs, "fetched_at"), RequestOrigin.valueOf(rs.getString("origin")),
                rs.getString("source_summary_json"), Sql.instant(rs, "missing_since"));
    }
}
