package io.xraydesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The report cache on either back-end, with the same compare-and-set writes as {@link SqlRequestCache}. */
final class SqlReportCache implements ReportCache {

    private static final String SELECT = "SELECT id, request_id, source, score, created_at, json, fetched_at, version "
            + "FROM report_cache";

    private static final String INSERT = "INSERT INTO report_cache (id, request_id, source, score, created_at, "
            + "json, fetched_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (id) DO NOTHING";

    private static final String UPDATE = "UPDATE report_cache SET request_id = ?, source = ?, score = ?, "
            + "created_at = ?, json = ?, fetched_at = ?, version = version + 1 WHERE id = ? AND version = ?";

    private final SqlTransactions database;

    SqlReportCache(SqlTransactions database) {
        this.database = database;
    }

    @Override
    public CachedReport upsert(CachedReport r) {
        return database.write(c -> {
            int changed = r.version() == 0
                    ? Sql.update(c, INSERT, r.id(), r.requestId(), r.source(), r.score(), r.createdAt(), r.json(),
                            r.fetchedAt())
                    : Sql.update(c, UPDATE, r.requestId(), r.source(), r.score(), r.createdAt(), r.json(),
                            r.fetchedAt(), r.id(), r.version());
            Optional<CachedReport> now = find(c, r.id());
            if (changed == 0) {
                throw new StaleWriteException(StaleWriteException.Subject.REPORT, r.id(), r.version(),
                        now.map(CachedReport::version).orElse(0L));
            }
            return now.orElseThrow();
        });
    }

    @Override
    public List<CachedReport> forRequest(String requestId) {
        return database.read(c -> query(c, " WHERE request_id = ? ORDER BY created_at DESC NULLS LAST, id", requestId));
    }

    @Override
    public List<CachedReport> all() {
        return database.read(c -> Sql.list(c, SELECT + " ORDER BY request_id, created_at DESC NULLS LAST, id",
                SqlReportCache::row));
    }

    @Override
    public Optional<CachedReport> find(String id) {
        return database.read(c -> find(c, id));
    }

    private static Optional<CachedReport> find(Connection c, String id) throws SQLException {
        return query(c, " WHERE id = ?", id).stream().findFirst();
    }

    private static List<CachedReport> query(Connection c, String tail, String parameter) throws SQLException {
        return Sql.list(c, SELECT + tail, SqlReportCache::row, parameter);
    }

    private static CachedReport row(ResultSet rs) throws SQLException {
        return new CachedReport(rs.getString("id"), rs.getString("request_id"), rs.getString("source"),
                rs.getString("score"), Sql.instant(rs, "created_at"), rs.getString("json"),
                Sql.instant(rs, "fetched_at"), rs.getLong("version"));
    }
}
