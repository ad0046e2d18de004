package io.xraydesk.store;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who of the team polls the API when no relay runs (docs/team.md, "Polling without a relay"): the
 * presence every running member writes, and the leases that give each request to one desktop. Every
 * time is the database server's clock, so no workstation's clock decides; a lease is held only while
 * its desktop keeps renewing it, so a desktop that dies gives its requests up after {@code ttl}.
 */
public final class PollLeases {

    /** Who writes its presence. */
    public enum Role { RELAY, DESKTOP }

    /** The database server's clock in epoch milliseconds. */
    private static final String NOW = "(extract(epoch FROM clock_timestamp()) * 1000)::bigint";

    private final TeamDatabase database;

    PollLeases(TeamDatabase database) {
        this.database = database;
    }

    /** Says that {@code memberId} is running now. */
    public void beat(String memberId, Role role) {
        database.write(c -> Sql.update(c, "INSERT INTO team_presence (member_id, role, seen_at) VALUES (?, ?, " + NOW
                + ") ON CONFLICT (member_id) DO UPDATE SET role = excluded.role, seen_at = excluded.seen_at",
                memberId, role.name().toLowerCase(Locale.ROOT)));
    }

    /** Forgets {@code memberId}'s presence and leases: it stops cleanly, the others need not wait. */
    public void leave(String memberId) {
        database.write(c -> {
            Sql.update(c, "DELETE FROM poll_lease WHERE holder = ?", memberId);
            return Sql.update(c, "DELETE FROM team_presence WHERE member_id = ?", memberId);
        });
    }

    /** How many members in {@code role} were seen within {@code within}. */
    public int present(Role role, Duration within) {
        return database.read(c -> Sql.list(c, "SELECT count(*) FROM team_presence WHERE role = ? AND seen_at > "
                + NOW + " - ?", rs -> rs.getInt(1), role.name().toLowerCase(Locale.ROOT),
                within.toMillis()).get(0));
    }

    /**
     * Renews the leases {@code holder} has, gives back those above {@code share}, and takes free or
     * expired ones (of requests the server still knows) up to {@code share}, all for {@code ttl}; returns
     * the requests it now holds. A lease another desktop renewed in time is never taken: the update of a
     * conflicting row re-checks its expiry under the row's lock.
     */
    public Set<String> share(String holder, int share, Duration ttl) {
        return database.write(c -> {
            long ttlMillis = ttl.toMillis();
            Sql.update(c, "UPDATE poll_lease SET expires_at = " + NOW + " + ? WHERE holder = ?", ttlMillis, holder);
            Sql.update(c, "DELETE FROM poll_lease WHERE request_id IN (SELECT request_id FROM poll_lease "
                    + "WHERE holder = ? ORDER BY request_id OFFSET ?)", holder, Math.max(0, share));
            Sql.update(c, "INSERT INTO poll_lease (request_id, holder, expires_at) SELECT r.id, ?, " + NOW + " + ? "
                    + "FROM request_cache r LEFT JOIN poll_lease l ON l.request_id = r.id "
                    + "WHERE r.missing_since IS NULL AND (l.request_id IS NULL OR l.expires_at < " + NOW + ") "
                    + "ORDER BY random() LIMIT GREATEST(0, ? - (SELECT count(*) FROM poll_lease WHERE holder = ?)) "
                    + "ON CONFLICT (request_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at "
                    + "WHERE poll_lease.expires_at < " + NOW, holder, ttlMillis, share, holder);
            List<String> held = Sql.list(c, "SELECT request_id FROM poll_lease WHERE holder = ?",
                    rs -> rs.getString(1), holder);
            return new HashSet<>(held);
        });
    }

    /** How many requests the team knows and the server still has: what the desktops share. */
    public int pollable() {
        return database.read(c -> Sql.list(c, "SELECT count(*) FROM request_cache WHERE missing_since IS NULL",
                rs -> rs.getInt(1)).get(0));
    }
}
