package io.xraydesk.core.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.store.Analyst;
import io.xraydesk.store.CachedReport;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestFollower;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.TeamChange;
import io.xraydesk.store.TeamDatabase;
import io.xraydesk.store.TeamDatabaseAddress;
import io.xraydesk.testing.PostgresServer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desktop's copy (its SQLite file) against the team database (a real PostgreSQL), brought in step by
 * the rule of docs/team.md: the later answer of the API wins whoever read it, reports go to whichever
 * side lacks them, followers are the team's, and a request the team does not know is brought to it.
 */
class TeamMirrorTest {

    private static final Instant EARLY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATE = Instant.parse("2026-03-02T10:00:00Z");
    private static final Analyst BOB = new Analyst("6413297aad6e59418e7748f1", "Bob Durand");

    @TempDir
    Path folder;

    private LocalDatabase local;
    private TeamDatabase team;
    private TeamMirror mirror;
    private final List<String> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        PostgresServer server = PostgresServer.shared();
        team = TeamDatabase.open(TeamDatabaseAddress.parse(server.url(server.newDatabase()) + "?user="
                + PostgresServer.SUPERUSER), server.password());
        local = LocalDatabase.open(folder.resolve("xraydesk.db"));
        mirror = new TeamMirror(local, team);
        mirror.addListener(new TeamMirror.Listener() {
            @Override
            public void reachabilityChanged(boolean reachable) {
                heard.add("reachable " + reachable);
            }

            @Override
            public void requestChanged(String requestId) {
                heard.add("changed " + requestId);
            }
        });
    }

    @AfterEach
    void close() {
        team.close();
        local.close();
    }

    @Test
    void aRequestKnownOnlyHereIsBroughtToTheTeamWithItsReportsAndFollowers() {
        local.requestCache().upsert(request("6413297aad6e59418e774801", "analysed", EARLY));
        local.reportCache().upsert(report("6413297aad6e59418e774881", "6413297aad6e59418e774801"));
        local.followers().save(new RequestFollower("6413297aad6e59418e774801", BOB, RequestFollower.Relation.CREATED,
                EARLY, 0));

        mirror.resynchronise();

        assertEquals("analysed", team.requestCache().find("6413297aad6e59418e774801").orElseThrow().status());
        assertEquals(1, team.reportCache().forRequest("6413297aad6e59418e774801").size());
        assertEquals(BOB, team.followers().forRequest("6413297aad6e59418e774801").get(0).analyst());
        assertTrue(mirror.reachable());
        assertEquals(List.of("reachable true"), heard);
    }

    @Test
    void theLaterAnswerOfTheApiWinsOnEitherSideAndReportsGoWhereTheyAreMissing() {
        String id = "6413297aad6e59418e774802";
        team.requestCache().upsert(request(id, "analysis_in_progress", LATE));
        local.requestCache().upsert(request(id, "pending_analysis", EARLY));
        local.reportCache().upsert(report("6413297aad6e59418e774882", id));
        mirror.resynchronise();
        assertEquals("analysis_in_progress", local.requestCache().find(id).orElseThrow().status(), "the team's is later");
        assertEquals(1, team.reportCache().forRequest(id).size(), "the report read here reached the team");

        String other = "6413297aad6e59418e774803";
        team.requestCache().upsert(request(other, "pending_analysis", EARLY));
        local.requestCache().upsert(request(other, "analysed", LATE));
        mirror.resynchronise();
        assertEquals("analysed", team.requestCache().find(other).orElseThrow().status(), "this desktop's is later");
    }

    @Test
    void aNotifiedChangeIsCopiedHereAndHeardOnceAndTheTeamsFollowersAreTheOnesShown() {
        String id = "6413297aad6e59418e774804";
        mirror.resynchronise();
        heard.clear();
        team.requestCache().upsert(request(id, "pending_analysis", EARLY));
        team.followers().save(new RequestFollower(id, BOB, RequestFollower.Relation.FOLLOWS, EARLY, 0));

        mirror.changed(new TeamChange(TeamChange.Kind.REQUEST, TeamChange.Operation.INSERT, id, id, 1));
        assertEquals(List.of("changed " + id), heard);
        assertEquals(List.of(BOB), local.followers().forRequest(id).stream().map(RequestFollower::analyst).toList());

        mirror.changed(new TeamChange(TeamChange.Kind.REQUEST, TeamChange.Operation.UPDATE, id, id, 1));
        assertEquals(List.of("changed " + id), heard, "nothing changed: not told again");

        team.followers().remove(id, BOB.userId(), 1);
        mirror.changed(new TeamChange(TeamChange.Kind.FOLLOWER, TeamChange.Operation.DELETE, id, BOB.userId(), 2));
        assertTrue(local.followers().forRequest(id).isEmpty(), "Bob stopped following: not shown any more");
        assertFalse(heard.contains("reachable false"));
    }

    private static CachedRequest request(String id, String status, Instant fetchedAt) {
        return new CachedRequest(id, "siren", "552100554", "Peugeot SA", status, "1.1", EARLY, fetchedAt,
                "{\"id\":\"" + id + "\",\"status\":\"" + status + "\"}", fetchedAt, RequestOrigin.CREATED_HERE, null);
    }

    private static CachedReport report(String id, String requestId) {
        return new CachedReport(id, requestId, "esg", "B", EARLY, "{\"id\":\"" + id + "\"}", EARLY);
    }
}
