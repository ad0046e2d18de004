package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.Envelope;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestFollower;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.TeamDatabase;
import io.xraydesk.store.TeamDatabaseAddress;
import io.xraydesk.store.TeamDatabaseSetting;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.PostgresServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code request create} on a workstation in a team ({@code XRAYDESK_TEAM_DB}): the request goes to the
 * team database, a real PostgreSQL, with the analyst as its creator, where another workstation reads it.
 */
class TeamRequestCreateTest {

    @RegisterExtension
    final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.defaults());
    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path home;
    @TempDir
    Path otherHome;

    @Test
    void aRequestCreatedOnOneWorkstationIsInTheTeamDatabaseWithItsCreator() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String address = server.url(server.newDatabase()) + "?user=" + PostgresServer.SUPERUSER;

        Run created = CliHarness.against(sandbox.server(), home)
                .with(TeamDatabaseSetting.ADDRESS_VARIABLE, address)
                .with(TeamDatabaseSetting.PASSWORD_VARIABLE, server.password())
                .run("request", "create", "--siren", "514673987", "--json");

        assertEquals(ExitCode.OK, created.exit(), created.err());
        assertTrue(!created.err().contains(server.password()) && !created.out().contains(server.password()));
        // The answer as the API sent it, wrapped or bare.
        String id = Envelope.unwrap(WireJson.mapper().readTree(created.out()), "request").path("id").asText();
        try (TeamDatabase team = TeamDatabase.open(TeamDatabaseAddress.parse(address), server.password())) {
            assertEquals(RequestOrigin.CREATED_HERE, team.requestCache().find(id).orElseThrow().origin());
            List<RequestFollower> followers = team.followers().forRequest(id);
            assertEquals(1, followers.size());
            assertEquals(sandbox.server().demoUser().userId(), followers.get(0).analyst().userId());
            assertEquals(RequestFollower.Relation.CREATED, followers.get(0).relation());
        }
        try (LocalDatabase local = LocalDatabase.open(AppPaths.at(home).database())) {
            assertTrue(local.requestCache().find(id).isEmpty(), "a team's request is not kept apart on the workstation");
        }

        // Another workstation of the team, with a data folder of its own, lists it.
        Run listed = CliHarness.against(sandbox.server(), otherHome)
                .with(TeamDatabaseSetting.ADDRESS_VARIABLE, address)
                .with(TeamDatabaseSetting.PASSWORD_VARIABLE, server.password())
                .run("requests", "list", "--json");
        assertEquals(ExitCode.OK, listed.exit(), listed.err());
        assertEquals(id, WireJson.mapper().readTree(listed.out()).path(0).path("id").asText(), listed.out());
    }

    @Test
    void aWrongPasswordIsSaidWithoutTheRequestBeingLost() {
        PostgresServer server = PostgresServer.shared();
        String address = server.url(server.newDatabase()) + "?user=" + PostgresServer.SUPERUSER;

        Run created = CliHarness.against(sandbox.server(), otherHome)
                .with(TeamDatabaseSetting.ADDRESS_VARIABLE, address)
                .with(TeamDatabaseSetting.PASSWORD_VARIABLE, "not-the-password")
                .run("request", "create", "--siren", "514673987");

        assertEquals(ExitCode.OK, created.exit(), created.err());
        assertTrue(created.err().contains("cannot be reached"), created.err());
        assertTrue(!created.err().contains("not-the-password"), created.err());
    }
}
