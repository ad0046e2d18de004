package io.xraydesk.core.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.PollLeases;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.TeamDatabase;
import io.xraydesk.store.TeamDatabaseAddress;
import io.xraydesk.testing.PostgresServer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The team's polling without a relay, on a real PostgreSQL: two desktops share the requests without
 * overlap, one that stops renewing loses its leases to the other once they expire, and a relay's
 * presence makes both leave the polling to it.
 */
class PollShareTest {

    /** A lease long enough that a renewal half-way always lands in time on a busy machine (the tests sleep by it). */
    private static final PollShare.Timing TIMING = new PollShare.Timing(Duration.ofMillis(200),
            Duration.ofMillis(3000), Duration.ofSeconds(30));

    private TeamDatabase team;

    @BeforeEach
    void open() {
        PostgresServer server = PostgresServer.shared();
        team = TeamDatabase.open(TeamDatabaseAddress.parse(server.url(server.newDatabase()) + "?user="
                + PostgresServer.SUPERUSER), server.password());
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        team.requestCache().upsertAll(IntStream.range(0, 10).mapToObj(i -> new CachedRequest(
                String.format("6413297aad6e59418e7748%02d", i), "siren", "552100554", "Company " + i, "pending_analysis",
                "1.1", now, now, "{}", now, RequestOrigin.CREATED_HERE, null)).toList());
    }

    @AfterEach
    void close() {
        team.close();
    }

    @Test
    void twoDesktopsPollDisjointHalvesAndOneTakesOverWhenTheOthersLeasesExpire() throws Exception {
        PollShare alice = new PollShare(team.pollLeases(), "desktop-alice", TIMING);
        PollShare bob = new PollShare(team.pollLeases(), "desktop-bob", TIMING);
        // Alice alone takes everything; once Bob is seen, she gives back what is above her half.
        alice.round();
        assertEquals(10, alice.held().size());
        assertEquals(1.0, alice.budgetShare(), "alone, she spends the whole budget");
        bob.round();
        alice.round();
        bob.round();
        assertEquals(5, alice.held().size(), "half each");
        assertEquals(5, bob.held().size(), "half each");
        assertEquals(0.5, alice.budgetShare(), "and half the budget each: the team polls as one desktop");
        assertEquals(0.5, bob.budgetShare());
        Set<String> both = new HashSet<>(alice.held());
        both.retainAll(bob.held());
        assertTrue(both.isEmpty(), "no request is polled twice: " + both);
        assertTrue(alice.held().stream().allMatch(alice) && alice.held().stream().noneMatch(bob),
                "each desktop's watcher polls its own half only");

        // Alice's desktop dies: it renews nothing. Bob's leases hold while hers run out.
        Thread.sleep(TIMING.lease().plusMillis(300).toMillis());
        bob.round();
        assertEquals(10, bob.held().size(), "Bob took Alice's requests over once her leases expired");
    }

    @Test
    void aLeaseRenewedInTimeIsNeverTaken() throws Exception {
        PollShare alice = new PollShare(team.pollLeases(), "desktop-alice", TIMING);
        PollShare bob = new PollShare(team.pollLeases(), "desktop-bob", TIMING);
        alice.round();
        Thread.sleep(TIMING.lease().toMillis() / 2);
        alice.round();
        Thread.sleep(TIMING.lease().toMillis() / 2 + 200);
        bob.round();
        assertEquals(0, bob.held().size(), "every lease of Alice's is still hers, renewed: " + bob.held());
    }

    @Test
    void aRunningRelayMakesTheDesktopsPollNothingAndGiveTheirLeasesBack() {
        PollShare alice = new PollShare(team.pollLeases(), "desktop-alice", TIMING);
        alice.round();
        assertFalse(alice.relayRunning());
        team.pollLeases().beat("relay-1", PollLeases.Role.RELAY);
        alice.round();
        assertTrue(alice.relayRunning());
        assertTrue(alice.held().isEmpty());
        PollShare bob = new PollShare(team.pollLeases(), "desktop-bob", TIMING);
        team.pollLeases().leave("relay-1");
        bob.round();
        assertEquals(5, bob.held().size(), "the relay stopped cleanly: Bob polls his half at once");
        alice.round();
        assertEquals(5, alice.held().size(), "and Alice hers, given back to her when the relay came");
    }
}
