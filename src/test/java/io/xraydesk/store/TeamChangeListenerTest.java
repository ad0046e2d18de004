package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.testing.PostgresServer;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A desktop listening to the team database hears of each write another desktop commits: two
 * {@link TeamDatabase}s on a real PostgreSQL, one writing, one listening on a connection of its own.
 */
class TeamChangeListenerTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    private final BlockingQueue<TeamChange> heard = new LinkedBlockingQueue<>();
    private final Semaphore resynchronised = new Semaphore(0);
    private PostgresServer server;
    private String database;
    private TeamDatabase writer;
    private TeamDatabase reader;
    private TeamChangeListener listener;

    @BeforeEach
    void listen() throws InterruptedException {
        server = PostgresServer.shared();
        database = server.newDatabase();
        TeamDatabaseAddress address = TeamSharedRowsTest.address(server, database);
        writer = TeamDatabase.open(address, server.password());
        reader = TeamDatabase.open(address, server.password());
        listener = TeamChangeListener.start(reader, new TeamChangeListener.Subscriber() {
            @Override
            public void changed(TeamChange change) {
                heard.add(change);
            }

            @Override
            public void resynchronise() {
                resynchronised.release();
            }
        }, Duration.ofMillis(200));
        assertTrue(resynchronised.tryAcquire(30, TimeUnit.SECONDS), "the listener never connected");
    }

    @AfterEach
    void stop() {
        listener.close();
        reader.close();
        writer.close();
    }

    private TeamChange next() throws InterruptedException {
        TeamChange change = heard.poll(10, TimeUnit.SECONDS);
        assertTrue(change != null, "no notification within 10 s");
        return change;
    }

    @Test
    void everyCommittedWriteOfASharedRowIsAnnouncedWithItsVersion() throws InterruptedException {
        CachedRequest stored = writer.requestCache().upsert(SharedRowsContract.request("r1", "111111111", T,
                RequestOrigin.CREATED_HERE));
        assertEquals(new TeamChange(TeamChange.Kind.REQUEST, TeamChange.Operation.INSERT, "r1", "r1", 1), next());

        writer.requestCache().upsert(SharedRowsContract.renamed(stored, "Renamed"));
        assertEquals(new TeamChange(TeamChange.Kind.REQUEST, TeamChange.Operation.UPDATE, "r1", "r1", 2), next());

        writer.reportCache().upsert(new CachedReport("p1", "r1", "banks", "B", T, "{}", T));
        assertEquals(new TeamChange(TeamChange.Kind.REPORT, TeamChange.Operation.INSERT, "r1", "p1", 1), next());

        writer.followers().save(new RequestFollower("r1", SharedRowsContract.ALICE, RequestFollower.Relation.CREATED,
                T, 0));
        assertEquals(new TeamChange(TeamChange.Kind.FOLLOWER, TeamChange.Operation.INSERT, "r1",
                SharedRowsContract.ALICE.userId(), 1), next());

        // Removing the request removes its report and follower too: each is announced.
        writer.requestCache().remove("r1");
        List<TeamChange> removed = List.of(next(), next(), next());
        assertTrue(removed.contains(new TeamChange(TeamChange.Kind.REQUEST, TeamChange.Operation.DELETE, "r1", "r1",
                2)), removed.toString());
        assertTrue(removed.stream().allMatch(change -> change.operation() == TeamChange.Operation.DELETE));
    }

    @Test
    void notesAndDecisionsSavedAreAnnouncedAsSharedRowsAre() throws InterruptedException {
        StoredNote note = writer.notes().add("r9", "Cash **tight**", SharedRowsContract.ALICE, T);
        assertEquals(new TeamChange(TeamChange.Kind.NOTE, TeamChange.Operation.INSERT, "r9", note.id(), 1), next());

        writer.notes().edit(note.id(), 1, "Cash very tight", SharedRowsContract.BRUNO, T.plusSeconds(1));
        assertEquals(new TeamChange(TeamChange.Kind.NOTE, TeamChange.Operation.UPDATE, "r9", note.id(), 2), next());

        StoredDecision decision = writer.decisions().decide("r9", 0, new DecisionTerms(DecisionOutcome.REFER,
                null, null, null, null, null), SharedRowsContract.ALICE, T.plusSeconds(2));
        assertEquals(new TeamChange(TeamChange.Kind.DECISION, TeamChange.Operation.INSERT, "r9", decision.id(), 1),
                next());
    }

    @Test
    void aWriteRolledBackIsNeverAnnounced() throws InterruptedException {
        CachedRequest stored = writer.requestCache().upsert(SharedRowsContract.request("r1", "111111111", T,
                RequestOrigin.CREATED_HERE));
        writer.requestCache().upsert(SharedRowsContract.renamed(stored, "Newer"));
        next();
        next();
        assertThrows(StaleWriteException.class, () -> writer.requestCache().upsertAll(List.of(
                SharedRowsContract.request("r2", "222222222", T, RequestOrigin.WEBHOOK),
                SharedRowsContract.renamed(stored, "Stale"))));
        assertNull(heard.poll(1, TimeUnit.SECONDS), "the rolled-back insert of r2 was announced");
    }

    @Test
    void aListenerWhoseConnectionDiesReconnectsAndAsksForAResynchronisation() throws Exception {
        try (Connection admin = server.connect(database); Statement s = admin.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'LISTEN "
                    + TeamChangeListener.CHANNEL + "'");
        }
        assertTrue(resynchronised.tryAcquire(30, TimeUnit.SECONDS), "the listener did not come back");
        writer.requestCache().upsert(SharedRowsContract.request("r1", "111111111", T, RequestOrigin.CREATED_HERE));
        assertEquals("r1", next().requestId());
    }
}
