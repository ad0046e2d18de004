package io.xraydesk.ui.requestpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.StageTrail;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.store.CachedReport;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadJournal;
import io.xraydesk.ui.ClippedText;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.Screenshots;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.dashboard.ShellHarness;
import io.xraydesk.ui.shell.ScreenPart;
import io.xraydesk.ui.shell.Shell;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A request with five X-Rays, two bank statements and a report of an unknown source, from the sandbox. */
@ExtendWith(ApplicationExtension.class)
class RequestPageTest {

    @TempDir
    Path folder;

    private Stage stage;
    private SandboxFixture fixture;
    private AnalysisRequest request;
    private RequestPage page;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void analysedRequest() {
        fixture = new SandboxFixture(folder, WatchPolicy.defaults());
        request = fixture.createRequest("514673987", "ACME SAS", SandboxFixture.someNotes());
        fixture.database.requestCache().upsert(RequestRecords.toCached(request, RequestOrigin.CREATED_HERE,
                StageTrail.EMPTY.withStage(request.stage()), fixture.clock.instant()));
        fixture.watcher.watch(request.id(), RequestOrigin.CREATED_HERE);
        journalled("releve-janvier.pdf");
        fixture.advanceSandbox(Duration.ofMinutes(3));
        journalled("releve-fevrier.pdf");
        fixture.advanceSandbox(Duration.ofMinutes(4));
        fixture.watcher.start();
        fixture.scheduler.runFor(Duration.ofMinutes(1));
        fixture.database.reportCache().upsert(new CachedReport("6464ba07cbddbd090b267260", request.id(), "cashflow",
                null, fixture.clock.instant(), "{\"id\":\"6464ba07cbddbd090b267260\",\"request\":\"" + request.id()
                + "\",\"source\":\"cashflow\",\"data\":{\"forecast\":{\"months\":[1,2,3],\"method\":\"naive\"}}}",
                fixture.clock.instant()));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(page::deactivate);
        fixture.close();
        Locale.setDefault(Locale.ENGLISH);
    }

    @Test
    void showsHeaderDocumentsAndOneTabPerXRay(FxRobot robot) throws Exception {
        show(robot, Locale.ENGLISH);

        assertEquals("ACME SAS", robot.lookup("#request-name").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#request-code").queryAs(Label.class).getText().startsWith("SIREN 514 673 987"));
        assertEquals("Analysed", robot.from(robot.lookup("#request-status").queryParent()).lookup(".chip")
                .queryAs(Label.class).getText());
        assertTrue(robot.from(robot.lookup("#request-stages").queryParent()).lookup(".chip").queryAll().size() >= 2,
                "the stages seen: created, then analysed");

        GridPane media = robot.lookup("#request-media").queryAs(GridPane.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> media.getChildren().size() == 6);
        // The media still say pending extraction; the request is analysed, and so are its documents.
        assertEquals(List.of("releve-janvier.pdf", "bank statements", "analysed", "releve-fevrier.pdf",
                "bank statements", "analysed"), media.getChildren().stream()
                .map(node -> ((Label) node).getText()).toList());
        assertTrue(robot.lookup("Upload panel for " + request.id()).tryQuery().isPresent());

        TabPane tabs = robot.lookup("#request-report-tabs").queryAs(TabPane.class);
        assertEquals(List.of("Doc X-Ray (2)", "Bank X-Ray (2)", "Financial X-Ray (1)", "ESG X-Ray (1)",
                "Manager X-Ray (1)", "Other (1)"), tabs.getTabs().stream().map(Tab::getText).toList());
        assertTrue(robot.lookup("#grade-trend-bank").tryQuery().isPresent(), "how the Bank grade moved");
        Screenshots.save(stage.getScene(), "requestpage-en");

        List<Report> bank = fixture.database.reportCache().forRequest(request.id()).stream()
                .filter(r -> r.source().equals("bank")).map(RequestRecords::report).map(java.util.Optional::orElseThrow)
                .toList();
        String older = bank.get(1).id();
        robot.interact(() -> page.showReport(older));
        assertEquals(1, tabs.getSelectionModel().getSelectedIndex());
        @SuppressWarnings("unchecked")
        ListView<Report> list = (ListView<Report>) robot.from(tabs.getSelectionModel().getSelectedItem().getContent())
                .lookup(".report-list").query();
        assertEquals(older, list.getSelectionModel().getSelectedItem().id(), "earlier reports are reachable");

        robot.interact(() -> tabs.getSelectionModel().select(5));
        Node other = tabs.getTabs().get(5).getContent();
        robot.interact(() -> robot.from(other).lookup("#json-search").queryTextInputControl().setText("method"));
        TreeView<String> tree = robot.from(other).lookup("#json-tree").query();
        assertEquals("method: \"naive\"", tree.getSelectionModel().getSelectedItem().getValue());
        Screenshots.save(stage.getScene(), "requestpage-other-en");
    }

    @Test
    void frenchPage(FxRobot robot) throws Exception {
        show(robot, Locale.FRENCH);
        TabPane tabs = robot.lookup("#request-report-tabs").queryAs(TabPane.class);
        assertEquals("Autres (1)", tabs.getTabs().get(5).getText());
        robot.interact(() -> tabs.getSelectionModel().select(1));
        GridPane media = robot.lookup("#request-media").queryAs(GridPane.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> media.getChildren().size() == 6);
        Screenshots.save(stage.getScene(), "requestpage-fr");
        assertEquals(List.of(), ClippedText.in(stage.getScene().getRoot()));
    }

    @Test
    void aPageBuiltAnewInFrenchOpensOnTheSectionAndTheReportOfThePageItReplaces(FxRobot robot) throws Exception {
        show(robot, Locale.ENGLISH);
        String older = fixture.database.reportCache().forRequest(request.id()).stream()
                .filter(r -> r.source().equals("bank")).map(RequestRecords::report)
                .map(java.util.Optional::orElseThrow).toList().get(1).id();
        robot.interact(() -> page.showReport(older));
        RequestPage earlier = page;
        robot.interact(earlier::deactivate);

        show(robot, Locale.FRENCH);
        robot.interact(() -> page.keepPlaceFrom(earlier));
        WaitForAsyncUtils.waitForFxEvents();

        TabPane sections = robot.lookup("#request-sections").queryAs(TabPane.class);
        assertEquals("Rapports", sections.getSelectionModel().getSelectedItem().getText());
        TabPane tabs = robot.lookup("#request-report-tabs").queryAs(TabPane.class);
        assertEquals(1, tabs.getSelectionModel().getSelectedIndex(), "the Bank X-Ray's tab");
        @SuppressWarnings("unchecked")
        ListView<Report> list = (ListView<Report>) robot.from(tabs.getSelectionModel().getSelectedItem().getContent())
                .lookup(".report-list").query();
        assertEquals(older, list.getSelectionModel().getSelectedItem().id(), "the earlier report, still in front");
    }

    private void show(FxRobot robot, Locale locale) throws Exception {
        robot.interact(() -> {
            Shell shell = ShellHarness.open(stage, locale);
            page = new RequestPage(TestContexts.over(fixture, shell, new RecordingRoutes(), folder.resolve("home")),
                    request.id(), id -> ScreenPart.of(new Label("Upload panel for " + id)), RequestPage.jsonReportViews());
            shell.navigator().show(page);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> robot.lookup("#request-name").queryAs(Label.class).getText().equals("ACME SAS"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Uploads a bank statement through the sandbox and records it in the journal as the upload queue does. */
    private void journalled(String fileName) {
        String mediumId = fixture.upload(request.id(), "bank_statement", fileName);
        UploadJournal journal = fixture.database.uploadJournal();
        UploadItem item = UploadItem.queued(request.id(), "/tmp/" + fileName, fileName, 4000, "ab".repeat(32) + fileName,
                "application/pdf", "bank_statement", "month", "2025-12-31", fixture.clock.instant());
        journal.enqueue(item);
        journal.markMediumCreated(item.id(), mediumId, "{}");
        journal.markUploaded(item.id(), item.sha256());
        journal.markOnline(item.id());
    }
}
