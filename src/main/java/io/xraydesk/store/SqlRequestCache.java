package io.xraydesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The request cache on either back-end: the SQL here is what SQLite and PostgreSQL both accept. Each
 * write is a compare-and-set on the row's version, so of two writers who read the same version the
 * second changes nothing and gets a {@link StaleWriteException}.
 */
record SqlRequestCache(SqlTransactions database) implements RequestCache {

    private static final String SELECT = "SELECT id, code_type, code_id, business_name, status, stage, "
            + "created_at, updated_at, request_json, fetched_at, origin, source_summary_json, missing_since, version "
            + "FROM request_cache";

    /** Each request's notes column is written with its JSON, so the two never disagree (RequestFieldsStep). */
    private static final String INSERT = "INSERT INTO request_cache (id, code_type, code_id, business_name, "
            + "status, stage, created_at, updated_at, request_json, fetched_at, origin, source_summary_json, missing_since, "
            + "notes_given, fields_version, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1) "
            + "ON CONFLICT (id) DO NOTHING";

    // The origin is how the request first became known: a later fetch or webhook does not change it.
    private static final String UPDATE = "UPDATE request_cache SET code_type = ?, code_id = ?, business_name = ?, "
            + "status = ?, stage = ?, created_at = ?, updated_at = ?, request_json = ?, fetched_at = ?, "
            + "source_summary_json = ?, missing_since = ?, notes_given = ?, fields_version = version + 1, "
            + "version = version + 1 WHERE id = ? AND version = ?";

    /** The JSON only of the rows whose notes column a workstation of the previous version left behind. */
    private static final String SELECT_FIELDS = "SELECT id, code_type, code_id, business_name, status, stage, "
            + "created_at, updated_at, request_json, fetched_at, origin, source_summary_json, missing_since, version, "
            + "notes_given, CASE WHEN fields_version = version THEN NULL ELSE request_json END AS stale_json "
            + "FROM request_cache";

    /** The order of {@link #all()}: along the {@code request_cache_by_recency} index. */
    private static final String BY_RECENCY = " ORDER BY COALESCE(updated_at, created_at, fetched_at) DESC, id";

    @Override
    public List<CachedRequest> upsertAll(Collection<CachedRequest> requests) {
        return database.write(c -> {
            List<CachedRequest> stored = new ArrayList<>();
            for (CachedRequest r : requests) {
                int changed = r.version() == 0
                        ? Sql.update(c, INSERT, r.id(), r.codeType(), r.codeId(), r.businessName(), r.status(),
                                r.stage(), r.createdAt(), r.updatedAt(), r.requestJson(), r.fetchedAt(),
                                r.origin().name(), r.sourceSummaryJson(), r.missingSince(),
                                RequestFieldsStep.notesGiven(r.requestJson()))
                        : Sql.update(c, UPDATE, r.codeType(), r.codeId(), r.businessName(), r.status(), r.stage(),
                                r.createdAt(), r.updatedAt(), r.requestJson(), r.fetchedAt(), r.sourceSummaryJson(),
                                r.missingSince(), RequestFieldsStep.notesGiven(r.requestJson()), r.id(), r.version());
                Optional<CachedRequest> now = find(c, r.id());
                if (changed == 0) {
                    throw new StaleWriteException(StaleWriteException.Subject.REQUEST, r.id(), r.version(),
                            now.map(CachedRequest::version).orElse(0L));
                }
                stored.add(now.orElseThrow());
            }
            return stored;
        });
    }

    /** One query along the {@code request_cache_by_recency} index: the dashboard's start-up read. */
    @Override
    public List<CachedRequest> all() {
        return database.read(c -> query(c, BY_RECENCY));
    }

    @Override
    public List<CachedRequestFields> allFields() {
        return database.read(c -> Sql.list(c, SELECT_FIELDS + BY_RECENCY, SqlRequestCache::fieldsRow));
    }

    @Override
    public List<CachedRequestFields> newestFields(int limit) {
        return database.read(c -> Sql.list(c, SELECT_FIELDS + BY_RECENCY + " LIMIT ?", SqlRequestCache::fieldsRow,
                limit));
    }

    @Override
    public int count() {
        return database.read(c -> Sql.list(c, "SELECT count(*) FROM request_cache", rs -> rs.getInt(1)).get(0));
    }

    @Override
    public Optional<CachedRequest> find(String id) {
        return database.read(c -> find(c, id));
    }

    @Override
    public List<CachedRequest> findByCode(String codeType, String codeId) {
        return database.read(c -> query(c,
                " WHERE code_type = ? AND code_id = ? ORDER BY COALESCE(created_at, fetched_at) DESC", codeType, codeId));
    }

    @Override
    public boolean markMissing(String id, Instant since) {
        // The JSON is untouched: a notes column in step with the row stays so.
        return database.write(c -> Sql.update(c, "UPDATE request_cache SET missing_since = COALESCE(missing_since, ?), "
                + "fields_version = CASE WHEN fields_version = version THEN version + 1 ELSE fields_version END, "
                + "version = version + 1 WHERE id = ?", since, id) == 1);
    }

    @Override
    public boolean remove(String id) {
        return database.write(c -> Sql.update(c, "DELETE FROM request_cache WHERE id = ?", id) == 1);
    }

    private static Optional<CachedRequest> find(Connection c, String id) throws SQLException {
        return query(c, " WHERE id = ?", id).stream().findFirst();
    }

    private static List<CachedRequest> query(Connection c, String tail, String... parameters) throws SQLException {
        return Sql.list(c, SELECT + tail, SqlRequestCache::row, (Object[]) parameters);
    }

    private static CachedRequestFields fieldsRow(ResultSet rs) throws SQLException {
        return new CachedRequestFields(row(rs), RequestFieldsStep.read(rs));
    }

    private static CachedRequest row(ResultSet rs) throws SQLException {
        return new CachedRequest(rs.getString("id"), rs.getString("code_type"), rs.getString("code_id"),
                rs.getString("business_name"), rs.getString("status"), rs.getString("stage"),
                Sql.instant(rs, "created_at"), Sql.instant(rs, "updated_at"), rs.getString("request_json"),
                Sql.instant(rs, "fetched_at"), RequestOrigin.valueOf(rs.getString("origin")),
                rs.getString("source_summary_json"), Sql.instant(rs, "missing_since"), rs.getLong("version"));
    }
}
