package io.xraydesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The request followers on either back-end, with the same compare-and-set writes as {@link SqlRequestCache}. */
record SqlRequestFollowers(SqlTransactions database) implements RequestFollowers {

    private static final String SELECT = "SELECT request_id, analyst_id, analyst_name, relation, since, version "
            + "FROM request_follower";

    @Override
    public RequestFollower save(RequestFollower f) {
        return database.write(c -> {
            Analyst analyst = f.analyst();
            int changed = f.version() == 0
                    ? Sql.update(c, "INSERT INTO request_follower (request_id, analyst_id, analyst_name, relation, "
                            + "since, version) VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (request_id, analyst_id) DO NOTHING",
                            f.requestId(), analyst.userId(), analyst.name(), f.relation().name(), f.since())
                    : Sql.update(c, "UPDATE request_follower SET analyst_name = ?, relation = ?, since = ?, "
                            + "version = version + 1 WHERE request_id = ? AND analyst_id = ? AND version = ?",
                            analyst.name(), f.relation().name(), f.since(), f.requestId(), analyst.userId(), f.version());
            Optional<RequestFollower> now = find(c, f.requestId(), analyst.userId());
            if (changed == 0) {
                throw stale(f.requestId(), analyst.userId(), f.version(), now);
            }
            return now.orElseThrow();
        });
    }

    @Override
    public void remove(String requestId, String analystId, long expectedVersion) {
        database.write(c -> {
            int changed = Sql.update(c, "DELETE FROM request_follower WHERE request_id = ? AND analyst_id = ? "
                    + "AND version = ?", requestId, analystId, expectedVersion);
            if (changed == 0) {
                throw stale(requestId, analystId, expectedVersion, find(c, requestId, analystId));
            }
            return null;
        });
    }

    @Override
    public List<RequestFollower> forRequest(String requestId) {
        return database.read(c -> Sql.list(c, SELECT + " WHERE request_id = ? ORDER BY CASE relation "
                + "WHEN 'CREATED' THEN 0 ELSE 1 END, since, analyst_id", SqlRequestFollowers::row, requestId));
    }

    @Override
    public List<RequestFollower> all() {
        return database.read(c -> Sql.list(c, SELECT + " ORDER BY request_id, CASE relation WHEN 'CREATED' THEN 0 "
                + "ELSE 1 END, since, analyst_id", SqlRequestFollowers::row));
    }

    @Override
    public List<String> requestsOf(String analystId) {
        return database.read(c -> Sql.list(c, "SELECT request_id FROM request_follower WHERE analyst_id = ? "
                + "ORDER BY since DESC, request_id", rs -> rs.getString(1), analystId));
    }

    private static Optional<RequestFollower> find(Connection c, String requestId, String analystId)
            throws SQLException {
        return Sql.list(c, SELECT + " WHERE request_id = ? AND analyst_id = ?", SqlRequestFollowers::row,
                requestId, analystId).stream().findFirst();
    }

    private static StaleWriteException stale(String requestId, String analystId, long expected,
            Optional<RequestFollower> now) {
        return new StaleWriteException(StaleWriteException.Subject.FOLLOWER, requestId + "/" + analystId, expected,
                now.map(RequestFollower::version).orElse(0L));
    }

    private static RequestFollower row(ResultSet rs) throws SQLException {
        return new RequestFollower(rs.getString("request_id"),
                new Analyst(rs.getString("analyst_id"), rs.getString("analyst_name")),
                RequestFollower.Relation.valueOf(rs.getString("relation")), Sql.instant(rs, "since"),
                rs.getLong("version"));
    }
}
