package io.xraydesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.requests.CreationResult;
import io.xraydesk.core.notes.CreatorInput;
import io.xraydesk.core.requests.RequestDraft;
import io.xraydesk.core.team.TeamSession;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LoadResult;
import io.xraydesk.store.MemorySecretStore;
import io.xraydesk.store.SecretStoreChoice;
import io.xraydesk.store.Settings;
import io.xraydesk.testing.PostgresServer;
import io.xraydesk.testing.TeamDesktop;
import io.xraydesk.testing.TeamFixture;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.login.TestServices;
import io.xraydesk.ui.shell.Shell;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Two desktops of a team (data folders of their own, the application's real session work) over a real
 * PostgreSQL and the sandbox as October, Bob's requests list in a window: what Alice creates, and what
 * the relay hears of it, reaches Bob's screen through the team database's notifications, without Bob's
 * desktop calling the API; a team database restarted under the window shows the banner, then the window
 * recovers by itself, and nothing written meanwhile is lost.
 */
@ExtendWith(ApplicationExtension.class)
class TeamDesktopsTest {

    /**
     * Bounds a stuck test only: docs/team.md's "about 2 s" is read from the printed figures, so that a loaded
     * machine does not turn the test red.
     */
    private static final Duration WITHIN = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    private Stage stage;
    private TeamFixture team;
    private PostgresServer ownServer;
    private TeamDesktop alice;
    private TeamDesktop bob;
    private DashboardScreen screen;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close(FxRobot robot) {
        if (screen != null) {
            robot.interact(screen::deactivate);
        }
        for (AutoCloseable part : new AutoCloseable[] {alice, bob, team, ownServer}) {
            try {
                if (part != null) {
                    part.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aRequestAliceCreatesAndItsXRayReachBobsScreen(FxRobot robot) throws Exception {
        team = new TeamFixture(PostgresServer.shared()).startRelay();
        joinAndShowBob(robot);

        long created = System.nanoTime();
        String id = create("Acme Team");
        TeamFixture.waitUntil(WITHIN, () -> row(id).isPresent());
        System.out.println("team: request created on one desktop listed on the other in "
                + Duration.ofNanos(System.nanoTime() - created).toMillis() + " ms");
        assertEquals(0, row(id).get().xrays().get(Source.ESG).reports());

        long advanced = System.nanoTime();
        team.control.advance(95); // the ESG X-Ray is produced: October posts new_report to the relay
        TeamFixture.waitUntil(WITHIN, () -> row(id).map(r -> r.xrays().get(Source.ESG).reports() > 0).orElse(false));
        System.out.println("team: webhook to the other desktop's screen in "
                + Duration.ofNanos(System.nanoTime() - advanced).toMillis() + " ms");

        // The same analyst created it on another desktop: it is theirs on this one too.
        robot.interact(() -> ((javafx.scene.control.ComboBox<TeamScope>) robot.lookup("#dashboard-scope").query())
                .setValue(TeamScope.MINE));
        assertTrue(screen.model().visible().stream().anyMatch(r -> r.id().equals(id)), "Mine lists it");
        assertTrue(bobTeam().pollShare().relayRunning(), "a relay runs: the desktops leave the polling to it");
    }

    @Test
    void aTeamDatabaseRestartedShowsTheBannerThenTheWindowRecoversByItselfAndNothingIsLost(FxRobot robot)
            throws Exception {
        ownServer = PostgresServer.start();
        team = new TeamFixture(ownServer);
        joinAndShowBob(robot);
        Node banner = robot.lookup("#dashboard-team-unreachable").query();
        assertTrue(!banner.isVisible(), "no banner while the team database answers");

        ownServer.stop(false);
        TeamFixture.waitUntil(Duration.ofSeconds(10), banner::isVisible);
        // Alice works on while the team database is down: her request is kept on her desktop.
        String id = create("Written while down");

        ownServer.restart();
        TeamFixture.waitUntil(Duration.ofSeconds(45), () -> !banner.isVisible());
        TeamFixture.waitUntil(Duration.ofSeconds(10), () -> row(id).isPresent());
        try (var records = team.openTeam()) {
            assertEquals(List.of(id), records.requestCache().all().stream().map(r -> r.id()).toList(),
                    "Alice's request reached the team once it was back, once");
        }
    }

    private void joinAndShowBob(FxRobot robot) throws InterruptedException {
        alice = new TeamDesktop(team, folder.resolve("alice")).start();
        bob = new TeamDesktop(team, folder.resolve("bob")).start();
        TeamFixture.waitUntil(Duration.ofSeconds(20), () -> aliceTeam().connected() && bobTeam().connected());
        Path home = folder.resolve("bob-home");
        AppServices services = new AppServices(AppPaths.at(home), TestServices.settingsStore(home),
                new LoadResult(Settings.DEFAULTS, List.of()),
                new SecretStoreChoice(new MemorySecretStore(), Optional.empty()), bob.database);
        robot.interact(() -> {
            Shell shell = ShellHarness.open(stage, Locale.ENGLISH);
            screen = new DashboardScreen(TestContexts.signedIn(shell, services, new RecordingRoutes(), bob.session,
                    bob.work), Clock.systemUTC());
            shell.navigator().show(screen);
        });
    }

    /** Alice creates a request from her desktop, as the new-request form does. */
    private String create(String name) {
        return ((CreationResult.Created) alice.work.requestCreator().create(new RequestDraft(
                CompanyCode.siren("514673987"), name, CreatorInput.ME, null))).request().id();
    }

    private TeamSession aliceTeam() {
        return alice.work.team().orElseThrow();
    }

    private TeamSession bobTeam() {
        return bob.work.team().orElseThrow();
    }

    private Optional<RequestRow> row(String id) {
        return List.copyOf(screen.model().rows()).stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
