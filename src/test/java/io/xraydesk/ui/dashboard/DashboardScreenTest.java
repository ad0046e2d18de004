package io.xraydesk.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.StageTrail;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.store.CachedReport;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.Screenshots;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.shell.Shell;
import io.xraydesk.ui.widgets.EmptyState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DashboardScreenTest {

    private static final String UNKNOWN_ID = "0123456789abcdef01234567";
    private static final String[] STATUSES = {"pending_analysis", "analysis_in_progress", "analysed", "on_hold"};

    @TempDir
    Path folder;

    private Stage stage;
    private SandboxFixture fixture;
    private final RecordingRoutes routes = new RecordingRoutes();
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
        fixture.close();
        Locale.setDefault(Locale.ENGLISH);
    }

    private void show(FxRobot robot, Locale locale) {
        robot.interact(() -> {
            Shell shell = ShellHarness.open(stage, locale);
            screen = new DashboardScreen(TestContexts.over(fixture, shell, routes, folder.resolve("home")), fixture.clock);
            shell.navigator().show(screen);
        });
    }

    @Test
    void fiveThousandCachedRowsShowAndSearchAndFiltersFindTheRightOnes(FxRobot robot) throws Exception {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        fixture.database.requestCache().upsertAll(cachedRows(5000));
        fiveGradedReports(5000, 50).forEach(fixture.database.reportCache()::upsert);
        show(robot, Locale.ENGLISH);
        waitForRows(5000);
        assertTrue(screen.showsItsData(), "the start-up probe's mark: its rows are shown");
        assertFalse(robot.lookup("#dashboard-reading").query().isVisible(), "the whole list is in");

        // While only the first rows are in, a line says how many of how many are shown, and what that means.
        List<RequestRow> all = List.copyOf(screen.model().rows());
        robot.interact(() -> screen.model().showFirst(all.subList(0, 60), all.size()));
        Label reading = robot.lookup("#dashboard-reading").queryAs(Label.class);
        assertTrue(reading.isVisible());
        assertEquals(Messages.get("dashboard.reading", 60, 5000), reading.getText());
        robot.interact(() -> screen.model().showAll(all));
        assertFalse(reading.isVisible());

        // How fast is for a benchmark, not for a test: a loaded machine must not turn this red.
        robot.interact(() -> screen.model().searchProperty().unbind());
        robot.interact(() -> screen.model().searchProperty().set("company 4321"));
        assertEquals(1, screen.model().visible().size());

        robot.interact(() -> screen.model().searchProperty().set("732 829 320"));
        assertEquals(5000 / 2, screen.model().visible().size(), "search by formatted company code");
        robot.interact(() -> {
            screen.model().searchProperty().set("");
            screen.model().statusProperty().unbind();
            screen.model().statusProperty().set("on_hold");
        });
        assertEquals(5000 / 4, screen.model().visible().size());
        robot.interact(() -> {
            screen.model().statusProperty().set(null);
            screen.model().xrayProperty().unbind();
            screen.model().xrayProperty().set(XRayFilter.ALL_READY);
        });
        assertEquals(5000 / 50, screen.model().visible().size(), "the rows with five graded reports");
        robot.interact(() -> screen.model().xrayProperty().set(XRayFilter.SOME_AWAITING_DOCUMENTS));
        assertEquals(5000 - 5000 / 50, screen.model().visible().size(), "nothing sent to the others");
        robot.interact(() -> screen.model().xrayProperty().set(XRayFilter.ALL));

        robot.interact(() -> screen.table().getSelectionModel().select(0));
        String first = screen.table().getSelectionModel().getSelectedItem().id();
        robot.interact(() -> screen.table().requestFocus());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(List.of("openRequest:" + first), routes.calls());
        Screenshots.save(stage.getScene(), "dashboard-rows-en");
    }

    @Test
    void frenchScreenshotWithRows(FxRobot robot) throws Exception {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        fixture.database.requestCache().upsertAll(cachedRows(40));
        fiveGradedReports(40, 5).forEach(fixture.database.reportCache()::upsert);
        show(robot, Locale.FRENCH);
        waitForRows(40);
        Screenshots.save(stage.getScene(), "dashboard-rows-fr");
    }

    @Test
    void anEmptyCacheShowsTheEmptyStateWithTheNewRequestAction(FxRobot robot) throws Exception {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        show(robot, Locale.ENGLISH);
        EmptyState empty = robot.lookup(".empty-state").queryAs(EmptyState.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, empty::isVisible);
        assertEquals("No requests yet", empty.title());
        Screenshots.save(stage.getScene(), "dashboard-empty-en");
        robot.interact(() -> empty.actionButton().fire());
        assertEquals(List.of("newRequest"), routes.calls());

        robot.interact(() -> screen.deactivate());
        show(robot, Locale.FRENCH);
        EmptyState french = robot.lookup(".empty-state").queryAs(EmptyState.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, french::isVisible);
        assertEquals("Aucune demande pour l’instant", french.title());
        Screenshots.save(stage.getScene(), "dashboard-empty-fr");
    }

    @Test
    void openByIdFetchesCachesAndOpensTheRequest(FxRobot robot) throws Exception {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        AnalysisRequest elsewhere = fixture.createRequest("514673987", "Made Elsewhere SA", null);
        show(robot, Locale.ENGLISH);
        robot.interact(() -> screen.open(elsewhere.id()));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !routes.calls().isEmpty());

        assertEquals(List.of("openRequest:" + elsewhere.id()), routes.calls());
        assertEquals(RequestOrigin.OPENED_BY_ID,
                fixture.database.requestCache().find(elsewhere.id()).orElseThrow().origin());
        assertEquals("Made Elsewhere SA", screen.model().rows().get(0).businessName());
        assertTrue(fixture.watcher.isWatching(elsewhere.id()));
    }

    @Test
    void aNewReportRaisesANotificationAndUpdatesTheBadge(FxRobot robot) throws Exception {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        AnalysisRequest request = fixture.createWatched("514673987", "ACME SAS");
        show(robot, Locale.ENGLISH);
        waitForRows(1);
        assertEquals(XRayStatus.PENDING, screen.model().rows().get(0).xrays().get(Source.ESG).status());
        assertEquals(XRayStatus.AWAITING_DOCUMENTS, screen.model().rows().get(0).xrays().get(Source.BANK).status());

        fixture.uploadJournalled(request.id(), "bank_statement");
        fixture.watcher.start();
        fixture.advanceSandbox(Duration.ofSeconds(155)); // Bank reports 150 s after the upload
        fixture.scheduler.runFor(Duration.ofSeconds(30));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> bankNotification(robot) != null);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> screen.model().rows().get(0).xrays().get(Source.BANK).status() == XRayStatus.READY);
        String grade = screen.model().rows().get(0).xrays().get(Source.BANK).grade();
        assertTrue(grade.matches("[A-E]"), grade);
        assertTrue(robot.from(bankNotification(robot)).lookup(".label")
                .match(node -> ((Label) node).getText().matches("ACME SAS: Bank X-Ray · .+ – .+, grade " + grade))
                .tryQuery()
                .isPresent());
        Screenshots.save(stage.getScene(), "dashboard-notification-en");
        String bankReport = fixture.database.reportCache().forRequest(request.id()).stream()
                .filter(r -> r.source().equals("bank")).findFirst().orElseThrow().id();
        robot.interact(() -> robot.from(bankNotification(robot)).lookup(".button").queryButton().fire());
        assertEquals(List.of("openReport:" + request.id() + "/" + bankReport), routes.calls());
    }

    @Test
    void theOpenByIdDialogExplainsABadIdAndOnlyThenAcceptsIt(FxRobot robot) {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        show(robot, Locale.ENGLISH);
        OpenByIdDialog[] dialog = new OpenByIdDialog[1];
        robot.interact(() -> {
            dialog[0] = new OpenByIdDialog(stage);
            dialog[0].show();
        });
        javafx.scene.control.TextInputControl field = robot.lookup("#request-id-field")
                .queryAs(javafx.scene.control.TextInputControl.class);
        javafx.scene.Node open = dialog[0].getDialogPane().lookupButton(dialog[0].getDialogPane().getButtonTypes().get(0));
        assertTrue(open.isDisabled());
        robot.interact(() -> field.setText("6351-07e4"));
        assertEquals("Not a request id: 6351-07e4. A request id is 24 characters from 0–9 and a–f.",
                robot.lookup("#request-id-problem").queryAs(Label.class).getText());
        assertTrue(open.isDisabled());
        robot.interact(() -> field.setText(" 635107E452436F15D3B39D87 "));
        assertFalse(open.isDisabled());
        robot.interact(() -> ((javafx.scene.control.Button) open).fire());
        assertEquals(" 635107E452436F15D3B39D87 ", dialog[0].getResult().text());
    }

    @Test
    void requestIdInputAcceptsAnIdOrALinkAndNothingElse() {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        assertEquals("635107e452436f15d3b39d87", RequestIdInput.parse(" 635107E452436F15D3B39D87 ").orElseThrow());
        assertEquals("635107e452436f15d3b39d87",
                RequestIdInput.parse("https://app.october.eu/requests/635107e452436f15d3b39d87/reports").orElseThrow());
        assertFalse(RequestIdInput.parse("635107e452436f15d3b39d8").isPresent());
        assertFalse(RequestIdInput.parse("635107e452436f15d3b39d87a").isPresent());
        assertFalse(RequestIdInput.parse("635107e452436f15d3b39d87 6464ba07cbddbd090b267260").isPresent());
    }

    /**
     * File ▸ Open request by id with a list: each id is fetched from the sandbox, the ones found join the
     * list (kept locally as opened by id), and the dialog after it names the unknown id and what is no id.
     */
    @Test
    void aPastedListOfIdsKeepsTheFoundRequestAndNamesTheUnknownIdAndTheGarbage(FxRobot robot) throws Exception {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        AnalysisRequest elsewhere = fixture.createRequest("514673987", "Made Elsewhere SA", null);
        show(robot, Locale.ENGLISH);

        // The dialog waits for its answer (showAndWait): started without waiting for it to close.
        WaitForAsyncUtils.asyncFx(screen::openRequestById);
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl field = robot.lookup("#request-id-field").queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(elsewhere.id().toUpperCase(Locale.ROOT) + "\n" + UNKNOWN_ID
                + ", not-an-id"));
        assertEquals("Not a request id: not-an-id. A request id is 24 characters from 0–9 and a–f.",
                robot.lookup("#request-id-problem").queryLabeled().getText());
        robot.clickOn(robot.lookup(".button").match(b -> "Open".equals(((Button) b).getText())).queryButton());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary(robot).isPresent());
        assertEquals("Found and kept in your list (1): Made Elsewhere SA (" + elsewhere.id() + ")\n\n"
                + "No request with these ids is visible to your account (1): " + UNKNOWN_ID + "\n\n"
                + "Not request ids (1): not-an-id", summary(robot).orElseThrow());
        assertEquals(List.of(elsewhere.id()), screen.model().rows().stream().map(RequestRow::id).toList());
        assertEquals(RequestOrigin.OPENED_BY_ID,
                fixture.database.requestCache().find(elsewhere.id()).orElseThrow().origin());
        assertEquals(List.of(), routes.calls(), "a list opens no page: the analyst reads what was found first");
        robot.interact(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class)
                .forEach(pane -> pane.getScene().getWindow().hide()));
    }

    /** The text of the dialog that says what the list came to, once it is shown. */
    private static Optional<String> summary(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(pane -> "Requests opened by id".equals(pane.getHeaderText()))
                .map(DialogPane::getContentText).findFirst();
    }

    /** The notification bar of the Bank X-Ray report, or null while it is not shown. */
    private static javafx.scene.Node bankNotification(FxRobot robot) {
        return robot.lookup(".notification-bar").match(bar -> robot.from(bar).lookup(".label")
                .match(label -> ((Label) label).getText().startsWith("ACME SAS: Bank X-Ray · ")).tryQuery()
                .isPresent()).tryQuery().orElse(null);
    }

    private void waitForRows(int count) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.model().rows().size() == count);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** {@code count} rows: statuses in turn, two companies; stages seen for one in five. */
    private List<CachedRequest> cachedRows(int count) {
        Instant now = fixture.clock.instant();
        List<CachedRequest> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = id(i);
            String siren = i % 2 == 0 ? "514673987" : "732829320";
            Instant created = now.minus(i, ChronoUnit.HOURS);
            StageTrail stages = i % 5 == 0 ? new StageTrail(List.of("1.1", "2.1", "3.1")) : StageTrail.EMPTY;
            rows.add(new CachedRequest(id, "siren", siren, "Company " + i, STATUSES[i % 4], "1." + (i % 3),
                    created, created.plus(30, ChronoUnit.MINUTES), "{\"id\":\"" + id + "\"}",
                    i % 7 == 0 ? now.minus(2, ChronoUnit.HOURS) : now, RequestOrigin.CREATED_HERE, stages.toJson()));
        }
        return rows;
    }

    /** A graded report of each X-Ray for one row in {@code every} of {@link #cachedRows}. */
    private List<CachedReport> fiveGradedReports(int count, int every) {
        String[] grades = {"A", "B", "C", "D", "E"};
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        List<CachedReport> reports = new ArrayList<>();
        for (int i = 0; i < count; i += every) {
            int n = 0;
            for (Source source : Source.values()) {
                String reportId = String.format("%024x", 0x6464ba07L * 100000 + i * 5L + n);
                String grade = grades[(i + n++) % 5];
                reports.add(new CachedReport(reportId, id(i), source.wire(), grade, at, "{\"id\":\"" + reportId
                        + "\",\"request\":\"" + id(i) + "\",\"source\":\"" + source.wire() + "\",\"score\":\""
                        + grade + "\",\"createdAt\":\"2026-01-01T10:00:00Z\",\"data\":{}}", at));
            }
        }
        return reports;
    }

    private static String id(int i) {
        return String.format("%024x", 0x635107e4L * 1000 + i);
    }
}
