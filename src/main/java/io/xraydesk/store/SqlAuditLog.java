package io.xraydesk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The audit trail on either back-end. */
record SqlAuditLog(SqlTransactions database) implements AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    // The UNIQUE (request_id, action, subject) constraint makes a repeated action on the same
    // subject a no-op; NULL subjects never collide, so actions on the request itself always append.
    private static final String INSERT = "INSERT INTO audit_entry (request_id, action, subject, actor_id, "
            + "actor_name, at, details_json) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    @Override
    public boolean record(AuditEntry entry) {
        return database.write(c -> insert(c, entry));
    }

    /** Appends inside the caller's transaction: how a note or a decision is saved with its entry. */
    static boolean insert(Connection c, AuditEntry entry) throws SQLException {
        return Sql.update(c, INSERT, entry.requestId(), entry.action().wire(), entry.subject(),
                entry.actor().userId(), entry.actor().name(), entry.at(), json(entry.details())) == 1;
    }

    @Override
    public List<AuditEntry> forRequest(String requestId) {
        return database.read(c -> Sql.list(c, "SELECT request_id, action, subject, actor_id, actor_name, at, "
                + "details_json FROM audit_entry WHERE request_id = ? ORDER BY at, sequence", SqlAuditLog::row,
                requestId));
    }

    private static AuditEntry row(ResultSet rs) throws SQLException {
        String action = rs.getString("action");
        return new AuditEntry(rs.getString("request_id"), AuditAction.fromWire(action)
                .orElseThrow(() -> new SQLException("unknown audit action " + action)), rs.getString("subject"),
                new Analyst(rs.getString("actor_id"), rs.getString("actor_name")), Sql.instant(rs, "at"),
                details(rs.getString("details_json")));
    }

    private static String json(Map<String, String> details) throws SQLException {
        try {
            // Sorted keys: the same details always make the same text.
            return JSON.writeValueAsString(new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new SQLException("audit details not writable as JSON", e);
        }
    }

    private static Map<String, String> details(String json) throws SQLException {
        try {
            return JSON.readValue(json, DETAILS);
        } catch (JsonProcessingException e) {
            throw new SQLException("audit details are not JSON", e);
        }
    }
}
