package io.xraydesk.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Credit decisions and their history on either back-end. */
record SqlDecisionStore(SqlTransactions database) implements DecisionStore {

    private static final String SELECT = "SELECT id, request_id, version, outcome, limit_amount, limit_currency, "
            + "duration_months, justification, decided_by_id, decided_by_name, decided_at FROM credit_decision";

    /** Keeps, of the rows of {@code credit_decision d}, each request's latest version: the decision in force. */
    private static final String LATEST = "d.version = (SELECT MAX(m.version) FROM credit_decision m "
            + "WHERE m.request_id = d.request_id)";

    @Override
    public StoredDecision decide(String requestId, long expectedVersion, DecisionTerms terms, Analyst analyst,
            Instant at) {
        return database.write(c -> {
            Optional<StoredDecision> current = current(c, requestId);
            long currentVersion = current.map(StoredDecision::version).orElse(0L);
            if (currentVersion != expectedVersion) {
                throw new EditConflictException(EditConflictException.Subject.DECISION, requestId, expectedVersion,
                        currentVersion, current.map(StoredDecision::decidedBy).orElse(null),
                        current.map(StoredDecision::decidedAt).orElse(null));
            }
            StoredDecision saved = new StoredDecision(UUID.randomUUID().toString(), requestId, expectedVersion + 1,
                    terms, analyst, at);
            if (!insert(c, saved)) {
                // Another connection saved this version between the read above and the insert (PostgreSQL
                // lets both read; UNIQUE (request_id, version) lets one insert): the same conflict.
                StoredDecision winner = current(c, requestId).orElseThrow();
                throw new EditConflictException(EditConflictException.Subject.DECISION, requestId, expectedVersion,
                        winner.version(), winner.decidedBy(), winner.decidedAt());
            }
            SqlAuditLog.insert(c, audit(saved));
            return saved;
        });
    }

    @Override
    public Optional<StoredDecision> current(String requestId) {
        return database.read(c -> current(c, requestId));
    }

    @Override
    public Map<String, StoredDecision> currentByRequest() {
        return database.read(c -> {
            Map<String, List<String>> conditions = Sql.list(c, "SELECT c.decision_id, c.text FROM "
                    + "credit_decision_condition c JOIN credit_decision d ON d.id = c.decision_id WHERE " + LATEST
                    + " ORDER BY c.decision_id, c.position", rs -> Map.entry(rs.getString(1), rs.getString(2)))
                    .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                            Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
            Map<String, StoredDecision> current = new HashMap<>();
            for (Row row : Sql.list(c, SELECT + " d WHERE " + LATEST, Row::read)) {
                current.put(row.requestId, row.decision(conditions.getOrDefault(row.id, List.of())));
            }
            return current;
        });
    }

    @Override
    public List<StoredDecision> history(String requestId) {
        return database.read(c -> query(c, " WHERE request_id = ? ORDER BY version", requestId));
    }

    private static Optional<StoredDecision> current(Connection c, String requestId) throws SQLException {
        return query(c, " WHERE request_id = ? ORDER BY version DESC LIMIT 1", requestId).stream().findFirst();
    }

    /** Inserts the decision with its conditions; false, writing nothing, when its version is taken. */
    private static boolean insert(Connection c, StoredDecision d) throws SQLException {
        DecisionTerms t = d.terms();
        int inserted = Sql.update(c, "INSERT INTO credit_decision (id, request_id, version, outcome, limit_amount, "
                + "limit_currency, duration_months, justification, decided_by_id, decided_by_name, decided_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_id, version) DO NOTHING",
                d.id(), d.requestId(), d.version(), t.outcome().wire(),
                t.limitAmount().map(BigDecimal::toPlainString).orElse(null), t.currency().orElse(null),
                t.durationMonths().orElse(null), t.justification().orElse(null), d.decidedBy().userId(),
                d.decidedBy().name(), d.decidedAt());
        if (inserted == 0) {
            return false;
        }
        for (int i = 0; i < t.conditions().size(); i++) {
            Sql.update(c, "INSERT INTO credit_decision_condition (decision_id, position, text) VALUES (?, ?, ?)",
                    d.id(), i, t.conditions().get(i));
        }
        return true;
    }

    private static List<StoredDecision> query(Connection c, String tail, String requestId) throws SQLException {
        List<StoredDecision> decisions = new ArrayList<>();
        for (Row row : Sql.list(c, SELECT + tail, Row::read, requestId)) {
            List<String> conditions = Sql.list(c, "SELECT text FROM credit_decision_condition WHERE decision_id = ? "
                    + "ORDER BY position", rs -> rs.getString(1), row.id);
            decisions.add(row.decision(conditions));
        }
        return decisions;
    }

    private static AuditEntry audit(StoredDecision d) {
        DecisionTerms t = d.terms();
        Map<String, String> details = new LinkedHashMap<>();
        details.put("outcome", t.outcome().wire());
        details.put("version", Long.toString(d.version()));
        t.limitAmount().ifPresent(amount -> details.put("limit", amount.toPlainString()));
        t.currency().ifPresent(currency -> details.put("currency", currency));
        t.durationMonths().ifPresent(months -> details.put("durationMonths", months.toString()));
        return new AuditEntry(d.requestId(), d.version() == 1 ? AuditAction.DECISION_MADE
                : AuditAction.DECISION_CHANGED, d.id(), d.decidedBy(), d.decidedAt(), details);
    }

    /** One decision row before its conditions are read (a second query). */
    private record Row(String id, String requestId, long version, DecisionOutcome outcome, String amount,
            String currency, Integer months, String justification, Analyst analyst, Instant at) {

        static Row read(ResultSet rs) throws SQLException {
            String outcome = rs.getString("outcome");
            int months = rs.getInt("duration_months");
            Integer duration = rs.wasNull() ? null : months;
            return new Row(rs.getString("id"), rs.getString("request_id"), rs.getLong("version"),
                    DecisionOutcome.fromWire(outcome).orElseThrow(() -> new SQLException("unknown outcome " + outcome)),
                    rs.getString("limit_amount"), rs.getString("limit_currency"), duration,
                    rs.getString("justification"), new Analyst(rs.getString("decided_by_id"),
                    rs.getString("decided_by_name")), Sql.instant(rs, "decided_at"));
        }

        StoredDecision decision(List<String> conditions) {
            DecisionTerms terms = new DecisionTerms(outcome, Optional.ofNullable(amount).map(BigDecimal::new),
                    Optional.ofNullable(currency), Optional.ofNullable(months), conditions,
                    Optional.ofNullable(justification));
            return new StoredDecision(id, requestId, version, terms, analyst, at);
        }
    }
}
