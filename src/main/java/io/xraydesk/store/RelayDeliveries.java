package io.xraydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The relay's journal of accepted webhook deliveries, in the team database (migration V5): a delivery
 * is recorded before October is answered, and marked done once what it names was refreshed, so a
 * relay stopped in between finds it again at its next start.
 *
 * <p>A duplicate (October retrying a delivery whose answer it did not get, or a replay) adds nothing
 * while the first is pending. Once it is done, a duplicate of an event that names a report is still
 * ignored (a report is issued once); one that names only the request is taken again, since it is how
 * a later change of the same request looks.
 */
public final class RelayDeliveries {

    private static final String ACCEPT = "INSERT INTO relay_delivery (delivery_key, event, request_id, report_id, "
            + "received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (delivery_key) DO UPDATE "
            + "SET received_at = EXCLUDED.received_at, done_at = NULL "
            + "WHERE relay_delivery.done_at IS NOT NULL AND relay_delivery.report_id IS NULL";

    private static final String PENDING = "SELECT event, request_id, report_id, received_at FROM relay_delivery "
            + "WHERE done_at IS NULL ORDER BY received_at, delivery_key";

    /** Only the delivery as it was read: one taken again meanwhile stays pending. */
    private static final String DONE = "UPDATE relay_delivery SET done_at = ? "
            + "WHERE delivery_key = ? AND received_at = ? AND done_at IS NULL";

    private final TeamDatabase database;

    RelayDeliveries(TeamDatabase database) {
        this.database = database;
    }

    /** Records {@code delivery} as pending; false when it is a duplicate that adds nothing. */
    public boolean accept(RelayDelivery delivery) {
        return database.write(c -> Sql.update(c, ACCEPT, delivery.key(), delivery.event(), delivery.requestId(),
                delivery.reportId(), delivery.receivedAt())) > 0;
    }

    /** The deliveries not done yet, oldest first. */
    public List<RelayDelivery> pending() {
        return database.read(c -> Sql.list(c, PENDING, RelayDeliveries::row));
    }

    /** Marks {@code delivery} done; false when it was taken again since it was read (it stays pending). */
    public boolean markDone(RelayDelivery delivery, Instant at) {
        return database.write(c -> Sql.update(c, DONE, at, delivery.key(), delivery.receivedAt())) > 0;
    }

    /** When the last delivery was accepted, by this relay or a previous run of it. */
    public Optional<Instant> lastReceived() {
        return database.read(c -> Sql.list(c, "SELECT max(received_at) AS last FROM relay_delivery",
                rs -> Optional.ofNullable(Sql.instant(rs, "last")))).get(0);
    }

    private static RelayDelivery row(ResultSet rs) throws SQLException {
        return new RelayDelivery(rs.getString("event"), rs.getString("request_id"), rs.getString("report_id"),
                Sql.instant(rs, "received_at"));
    }
}
