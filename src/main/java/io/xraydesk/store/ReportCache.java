package io.xraydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The reports fetched so far. A report belongs to a cached request (foreign key): storing one for a
 * request not in {@link RequestCache} fails, and removing the request removes its reports.
 */
public final class ReportCache {

    private static final String SELECT = "SELECT id, request_id, source, score, created_at, json, fetched_at "
            + "FROM report_cache";

    private static final String UPSERT = "INSERT INTO report_cache (id, request_id, source, score, created_at, "
            + "json, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
            + "SET request_id = excluded.request_id, source = excluded.source, score = excluded.score, "
            + "created_at = excluded.created_at, json = excluded.json, fetched_at = excluded.fetched_at";

    private final LocalDatabase database;

    ReportCache(LocalDatabase database) {
        this.database = database;
    }

    public void upsert(CachedReport report) {
        upsertAll(List.of(report));
    }

    /** Stores a whole report list in one transaction (one fsync instead of one per report). */
    public void upsertAll(Collection<CachedReport> reports) {
        if (reports.isEmpty()) {
            return; // no transaction, no fsync, for the many polls that bring nothing new
        }
        database.write(c -> {
            Sql.batch(c, UPSERT, reports, r -> new Object[] {r.id(), r.requestId(), r.source(), r.score(),
                r.createdAt(), r.json(), r.fetchedAt()});
            return null;
        });
    }

    /** The reports of one request, newest first. */
    public List<CachedReport> forRequest(String requestId) {
        return query(" WHERE request_id = ? ORDER BY created_at DESC, id", requestId);
    }

    public Optional<CachedReport> find(String id) {
        return query(" WHERE id = ?", id).stream().findFirst();
    }

    private List<CachedReport> query(String tail, String parameter) {
        return database.read(c -> Sql.list(c, SELECT + tail, ReportCache::row, parameter));
    }

    private static CachedReport row(ResultSet rs) throws SQLException {
        return new CachedReport(rs.getString("id"), rs.getString("request_id"), rs.getString("source"),
                rs.getString("score"), Sql.instant(rs, "created_at"), rs.getString("json"),
                Sql.instant(rs, "fetched_at"));
    }
}
