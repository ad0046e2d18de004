package io.xraydesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The report cache on either back-end, with the same compare-and-set writes as {@link SqlRequestCache}. */
record SqlReportCache(SqlTransactions database) implements ReportCache {

    private static final String SELECT = "SELECT id, request_id, source, score, created_at, json, fetched_at, version "
            + "FROM report_cache";

    /** Each report's fields are written with its JSON, so the two never disagree (docs/portfolio.md, Speed). */
    private static final String INSERT = "INSERT INTO report_cache (id, request_id, source, score, created_at, "
            + "json, fetched_at, " + ReportFieldsStep.COLUMNS + ", fields_version, version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1) ON CONFLICT (id) DO NOTHING";

    private static final String UPDATE = "UPDATE report_cache SET request_id = ?, source = ?, score = ?, "
            + "created_at = ?, json = ?, fetched_at = ?, (" + ReportFieldsStep.COLUMNS + ") = "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?), fields_version = version + 1, version = version + 1 "
            + "WHERE id = ? AND version = ?";

    /** The JSON only of the rows whose fields a workstation of the previous version left behind (ReportFieldsStep). */
    private static final String SELECT_FIELDS = "SELECT id, request_id, source, score, created_at, "
            + ReportFieldsStep.COLUMNS + ", CASE WHEN fields_version = version THEN NULL ELSE json END AS stale_json "
            + "FROM report_cache";

    /** Each request's reports together, newest first. */
    private static final String BY_REQUEST = " ORDER BY request_id, created_at DESC NULLS LAST, id";

    @Override
    public CachedReport upsert(CachedReport r) {
        return database.write(c -> {
            Object[] fields = ReportFieldsStep.values(ReportFields.ofReportJson(r.json()));
            int changed = r.version() == 0
                    ? Sql.update(c, INSERT, parameters(new Object[] {r.id(), r.requestId(), r.source(), r.score(),
                            r.createdAt(), r.json(), r.fetchedAt()}, fields))
                    : Sql.update(c, UPDATE, parameters(new Object[] {r.requestId(), r.source(), r.score(),
                            r.createdAt(), r.json(), r.fetchedAt()}, fields, r.id(), r.version()));
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
    public List<CachedReportFields> allFields() {
        return database.read(c -> Sql.list(c, SELECT_FIELDS + BY_REQUEST, SqlReportCache::fieldsRow));
    }

    @Override
    public List<CachedReportFields> fieldsOf(String requestId) {
        return database.read(c -> Sql.list(c, SELECT_FIELDS + " WHERE request_id = ?" + BY_REQUEST,
                SqlReportCache::fieldsRow, requestId));
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

    /** The statement's parameters: the report's columns, its fields', then those of the WHERE clause. */
    private static Object[] parameters(Object[] columns, Object[] fields, Object... where) {
        Object[] all = Arrays.copyOf(columns, columns.length + fields.length + where.length);
        System.arraycopy(fields, 0, all, columns.length, fields.length);
        System.arraycopy(where, 0, all, columns.length + fields.length, where.length);
        return all;
    }

    private static CachedReportFields fieldsRow(ResultSet rs) throws SQLException {
        String stale = rs.getString("stale_json");
        return new CachedReportFields(rs.getString("id"), rs.getString("request_id"), rs.getString("source"),
                rs.getString("score"), Sql.instant(rs, "created_at"),
                stale == null ? ReportFieldsStep.read(rs) : ReportFields.ofReportJson(stale));
    }

    private static CachedReport row(ResultSet rs) throws SQLException {
        return new CachedReport(rs.getString("id"), rs.getString("request_id"), rs.getString("source"),
                rs.getString("score"), Sql.instant(rs, "created_at"), rs.getString("json"),
                Sql.instant(rs, "fetched_at"), rs.getLong("version"));
    }
}
