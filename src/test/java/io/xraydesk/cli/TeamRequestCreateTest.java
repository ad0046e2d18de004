package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.Envelope;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestFollower;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.TeamDatabase;
import io.xraydesk.store.TeamDatabaseAddress;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code request create} on a workstation in a team ({@code XRAYDESK_TEAM_DB}): the request goes to the
 * team database, a real PostgreSQL, with the analyst as its creator, where another workstation reads it.
 */
class TeamRequestCreateTest {

    @RegisterExtension
    final TeamWorkstations workstations = new TeamWorkstations();

    @Test
    void aRequestCreatedOnOneWorkstationIsInTheTeamDatabaseWithItsCreator() throws Exception {
        String password = workstations.server().password();
        Run created = workstations.cli(workstations.first())
                .run("request", "create", "--siren", "514673987", "--json");

        assertEquals(ExitCode.OK, created.exit(), created.err());
        assertTrue(!created.err().contains(password) && !created.out().contains(password));
        // The answer as the API sent it, wrapped or bare.
        String id = Envelope.unwrap(WireJson.mapper().readTree(created.out()), "request").path("id").asText();
        try (TeamDatabase team = TeamDatabase.open(TeamDatabaseAddress.parse(workstations.address()), password)) {
            assertEquals(RequestOrigin.CREATED_HERE, team.requestCache().find(id).orElseThrow().origin());
            List<RequestFollower> followers = team.followers().forRequest(id);
            assertEquals(1, followers.size());
            assertEquals(workstations.sandbox().demoUser().userId(), followers.get(0).analyst().userId());
            assertEquals(RequestFollower.Relation.CREATED, followers.get(0).relation());
        }
        try (LocalDatabase local = LocalDatabase.open(AppPaths.at(workstations.first()).database())) {
            assertTrue(local.requestCache().find(id).isEmpty(), "a team's request is not kept apart on the workstation");
        }

        // Another workstation of the team, with a data folder of its own, lists it.
        Run listed = workstations.cli(workstations.second())
                .run("requests", "list", "--json");
        assertEquals(ExitCode.OK, listed.exit(), listed.err());
        assertEquals(id, WireJson.mapper().readTree(listed.out()).path(0).path("id").asText(), listed.out());
    }

    @Test
    void aWrongPasswordIsSaidWithoutTheRequestBeingLost() {
        Run created = workstations.cli(workstations.second(), "not-the-password")
                .run("request", "create", "--siren", "514673987");

        assertEquals(ExitCode.OK, created.exit(), created.err());
        assertTrue(created.err().contains("cannot be reached"), created.err());
        assertTrue(!created.err().contains("not-the-password"), created.err());
    }
}
