package io.xraydesk.cli;

import static io.xraydesk.core.xray.XRayStatus.AWAITING_DOCUMENTS;
import static io.xraydesk.core.xray.XRayStatus.FAILED;
import static io.xraydesk.core.xray.XRayStatus.NOT_RATED;
import static io.xraydesk.core.xray.XRayStatus.PENDING;
import static io.xraydesk.core.xray.XRayStatus.READY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Source;
import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.core.xray.XRayWords;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.testing.SandboxControl;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.Screenshots;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.dashboard.DashboardScreen;
import io.xraydesk.ui.dashboard.ShellHarness;
import io.xraydesk.ui.requestpage.RequestPage;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.shell.ScreenPart;
import io.xraydesk.ui.shell.Shell;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sandbox driven through the X-Ray states (documents sent or not, reports rated, not rated or
 * failed, a request the server forgot, server errors and dropped connections), each asserted in the
 * same word on the dashboard, the request page's Summary tab, the command line's text and the request
 * PDF's cover page. The command line and the screens share one database, as on an analyst's computer.
 */
@ExtendWith(ApplicationExtension.class)
class SameWordsEverywhereTest {

    /** How the sandbox is driven before the words are compared, and the state of each X-Ray it leads to. */
    enum Scenario {
        NOTHING_SENT(Map.of(Source.DOC, AWAITING_DOCUMENTS, Source.BANK, AWAITING_DOCUMENTS,
                Source.FINANCIAL, AWAITING_DOCUMENTS, Source.ESG, PENDING, Source.MANAGER, PENDING)),
        STATEMENT_SENT(Map.of(Source.DOC, PENDING, Source.BANK, PENDING, Source.FINANCIAL, AWAITING_DOCUMENTS,
                Source.ESG, PENDING, Source.MANAGER, PENDING)),
        STATEMENT_NOT_RATED(Map.of(Source.DOC, READY, Source.BANK, NOT_RATED, Source.FINANCIAL, AWAITING_DOCUMENTS,
                Source.ESG, NOT_RATED, Source.MANAGER, FAILED)),
        ACCOUNTS_RATED(Map.of(Source.DOC, READY, Source.BANK, AWAITING_DOCUMENTS, Source.FINANCIAL, READY,
                Source.ESG, NOT_RATED, Source.MANAGER, READY));

        final Map<Source, XRayStatus> expected;

        Scenario(Map<Source, XRayStatus> expected) {
            this.expected = expected;
        }

        void drive(CliRequests cli, SandboxControl control, String id) throws Exception {
            switch (this) {
                case NOTHING_SENT -> {
                    // created only: ESG and Manager run, nothing else can
                }
                case STATEMENT_SENT -> cli.upload(id, "bank_statement", "month", "2024-03-31", "releve-mars.pdf");
                case STATEMENT_NOT_RATED -> {
                    cli.upload(id, "bank_statement", "month", "2024-03-31", "releve-mars.pdf");
                    control.orderOutcome(id, "bank", "not_rated");
                    control.orderOutcome(id, "manager", "failed");
                    control.advance(200);
                }
                case ACCOUNTS_RATED -> {
                    cli.upload(id, "certified_financial_statement", "year", "2023-12-31", "bilan-2023.pdf");
                    control.advance(200);
                }
            }
        }
    }

    @TempDir
    Path home;

    private Stage stage;
    private SandboxFixture fixture;
    private SandboxControl control;
    private CliRequests cli;
    private DashboardScreen dashboard;
    private RequestPage page;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void sandbox() {
        Messages.setLocale(Locale.ENGLISH);
        fixture = new SandboxFixture(home, WatchPolicy.defaults());
        control = new SandboxControl(fixture.sandbox);
        cli = new CliRequests(CliHarness.against(fixture.sandbox, home), home);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (dashboard != null) {
                dashboard.deactivate();
            }
            if (page != null) {
                page.deactivate();
            }
        });
        fixture.close();
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void oneWordPerStateOnTheDashboardTheSummaryTheCommandLineAndThePdf(Scenario scenario, FxRobot robot)
            throws Exception {
        String id = cli.created();
        scenario.drive(cli, control, id);
        poll();

        ScreenContext context = show(robot);
        for (Source source : Source.values()) {
            assertEquals(scenario.expected.get(source).label(), dashboardWord(robot, source),
                    XRayWords.name(source) + " on the dashboard");
        }
        String text = cli.text(id);
        String cover = cli.coverPage(id);
        for (Source source : Source.values()) {
            XRayStatus state = scenario.expected.get(source);
            String name = XRayWords.name(source);
            assertEquals(state.label(), summaryWord(robot, context, id, source), name + " on the Summary tab");
            assertTrue(text.contains(name + ": " + state.label()), name + " in `request get`:\n" + text);
            assertTrue(cover.lines().anyMatch(line -> line.startsWith(name + " " + state.label())),
                    name + " on the PDF cover page:\n" + cover);
            assertEquals(state.word(), cli.json(id).path("xrays").path(source.wire()).path("state").asText());
        }
        if (scenario == Scenario.STATEMENT_NOT_RATED) {
            Label detail = robot.lookup("#summary-detail-bank").queryAs(Label.class);
            assertEquals("data sanity 62 % (below 70 %)", detail.getText(), "the report's own reason");
            assertTrue(text.contains("Bank X-Ray: not rated — data sanity 62 % (below 70 %)"), text);
            Screenshots.save(stage.getScene(), "requestpage-summary-en");
        }
    }

    @Test
    void aRequestTheServerForgotIsNotFoundOnTheDashboardTheSummaryAndTheCommandLine(FxRobot robot)
            throws Exception {
        AnalysisRequest forgotten = fixture.forgottenRequest(RequestOrigin.CREATED_HERE);
        poll();

        ScreenContext context = show(robot);
        String notFound = Messages.get("xray.presence.notFound.short");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dashboardStatus(robot).equals(notFound));
        openPage(robot, context, forgotten.id());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#summary-not-found").tryQuery().isPresent());
        assertTrue(robot.lookup("#summary-not-found").queryAs(Label.class).getText()
                .startsWith("Not found on the server since "));
        assertTrue(robot.from(robot.lookup("#summary-next-steps").queryParent()).lookup(".label")
                .queryAllAs(Label.class).stream().anyMatch(step -> step.getText().contains("create a new request")));

        Run gone = cli.cli().run("request", "get", forgotten.id());
        assertEquals(ExitCode.NOT_FOUND, gone.exit(), gone.err());
    }

    @Test
    void serverErrorsAndDroppedConnectionsLeaveTheLastWordsOnScreenAndFailTheCommandClearly(FxRobot robot)
            throws Exception {
        String id = cli.created();
        Scenario.STATEMENT_NOT_RATED.drive(cli, control, id);
        poll();
        ScreenContext context = show(robot);
        fixture.client.observeCalls(context.work().connection());

        control.armApiFault("GET", "/**", "status503", 1000, 0);
        fixture.watcher.nudge(id);
        fixture.scheduler.runFor(Duration.ofSeconds(30));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#dashboard-offline").queryAs(Label.class).isVisible());
        assertEquals(Messages.get("dashboard.serverErrors"), robot.lookup("#dashboard-offline").queryAs(Label.class)
                .getText());
        for (Source source : Source.values()) {
            assertEquals(Scenario.STATEMENT_NOT_RATED.expected.get(source).label(), dashboardWord(robot, source),
                    "the last known word, marked out of date");
        }
        Run errors = cli.cli().run("request", "get", id);
        assertEquals(ExitCode.SERVER_OR_NETWORK, errors.exit(), errors.out());

        control.disarmApiFaults();
        control.armApiFault("GET", "/**", "reset", 1000, 0);
        fixture.watcher.nudge(id);
        fixture.scheduler.runFor(Duration.ofSeconds(30));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Messages.get("dashboard.offline")
                .equals(robot.lookup("#dashboard-offline").queryAs(Label.class).getText()));
        Run dropped = cli.cli().run("request", "get", id);
        assertEquals(ExitCode.SERVER_OR_NETWORK, dropped.exit(), dropped.out());
        assertTrue(dropped.out().isEmpty(), "no X-Ray state printed from half an answer: " + dropped.out());
        for (Source source : Source.values()) {
            assertEquals(Scenario.STATEMENT_NOT_RATED.expected.get(source).label(),
                    summaryWord(robot, context, id, source), "the Summary tab keeps the words kept here");
        }
    }

    /** Lets the watcher read the request and its reports into the database the screens read. */
    private void poll() {
        fixture.watcher.start();
        fixture.scheduler.runFor(Duration.ofSeconds(30));
    }

    private ScreenContext show(FxRobot robot) {
        ScreenContext[] context = new ScreenContext[1];
        robot.interact(() -> {
            Shell shell = ShellHarness.open(stage, Locale.ENGLISH);
            context[0] = TestContexts.over(fixture, shell, new RecordingRoutes(), home.resolve("app"));
            dashboard = new DashboardScreen(context[0], fixture.clock);
            shell.navigator().show(dashboard);
        });
        return context[0];
    }

    private void openPage(FxRobot robot, ScreenContext context, String id) {
        robot.interact(() -> {
            page = new RequestPage(context, id, requestId -> ScreenPart.of(new Label()),
                    RequestPage.jsonReportViews());
            context.shell().navigator().show(page);
        });
    }

    /** The word of an X-Ray's badge on the dashboard's only row: its state, or its grade when it has one. */
    private static String dashboardWord(FxRobot robot, Source source) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> xrayBadge(robot, source).isPresent());
        Label badge = xrayBadge(robot, source).orElseThrow();
        String line = badge.getAccessibleText();
        assertTrue(line.startsWith(XRayWords.name(source) + ": "), line);
        String word = line.substring(XRayWords.name(source).length() + 2).split(" — ")[0];
        // A graded badge shows its grade, its line the state; any other badge shows the state's word.
        assertTrue(badge.getText().equals(word) || line.contains(" — grade " + badge.getText()), line);
        return word;
    }

    private static Optional<Label> xrayBadge(FxRobot robot, Source source) {
        return robot.lookup(".table-cell").match(node -> node instanceof TableCell<?, ?> cell
                && cell.getTableColumn() != null && ("xray-" + source.wire()).equals(cell.getTableColumn().getId())
                && cell.getGraphic() != null).tryQuery()
                .flatMap(cell -> robot.from(((TableCell<?, ?>) cell).getGraphic()).lookup(".label").tryQuery())
                .map(Label.class::cast);
    }

    private static String dashboardStatus(FxRobot robot) {
        return robot.lookup(".table-cell").match(node -> node instanceof TableCell<?, ?> cell
                && cell.getTableColumn() != null && "dashboard-status".equals(cell.getTableColumn().getId())
                && cell.getGraphic() instanceof Label).tryQuery()
                .map(cell -> ((Label) ((TableCell<?, ?>) cell).getGraphic()).getText()).orElse("");
    }

    /** The word of an X-Ray on the request page's Summary tab, once the page has read it. */
    private String summaryWord(FxRobot robot, ScreenContext context, String id, Source source) throws Exception {
        if (page == null) {
            openPage(robot, context, id);
        }
        String selector = "#summary-state-" + source.wire();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(selector).tryQuery().isPresent());
        return robot.lookup(selector).queryAs(Label.class).getText();
    }
}
