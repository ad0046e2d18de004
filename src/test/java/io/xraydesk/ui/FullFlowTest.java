package io.xraydesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.export.ReportExporterTestAccess;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.store.UploadState;
import io.xraydesk.ui.dashboard.DashboardScreen;
import io.xraydesk.ui.dashboard.RequestRow;
import io.xraydesk.ui.login.SignInScreen;
import io.xraydesk.ui.newrequest.NewRequestScreen;
import io.xraydesk.ui.report.ReportViews;
import io.xraydesk.ui.requestpage.RequestPage;
import io.xraydesk.ui.upload.UploadPanel;
import io.xraydesk.ui.upload.UploadPanelDriver.Description;
import io.xraydesk.ui.upload.UploadPanelDriver;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole product as an analyst uses it, through the real {@link App} on the embedded sandbox over
 * real HTTP: a fresh data folder, sign-in, a new request, two real PDFs dropped and uploaded, the
 * five X-Rays arriving (with a notification on the dashboard), the native views, a PDF export, and
 * what the sandbox holds at the end.
 */
class FullFlowTest extends WholeAppTest {

    private static final String SIREN_TYPED = "514 673 987";
    private static final String BANK_FILE = "releve compte courant.pdf";
    private static final String FINANCIAL_FILE = "bilan 2023.pdf";
    /** Past the slowest X-Ray (Financial, three sandbox minutes after its document). */
    private static final int SANDBOX_SECONDS_TO_ALL_REPORTS = 200;
    private static final List<String> XRAY_SOURCES = List.of("doc", "bank", "financial", "esg", "manager");

    @TempDir
    Path files;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAnalystGoesFromAFreshInstallToExportedReports(FxRobot robot) throws Exception {
        // Sign in: the sandbox demo is prefilled on a fresh machine, one click.
        waitFor("the prefilled sign-in screen", () -> current() instanceof SignInScreen && demoFilledIn(robot));
        shot("flow-1-signin");
        robot.clickOn("#signin-button");
        waitFor("the dashboard", () -> current() instanceof DashboardScreen);
        Node empty = robot.lookup(".empty-state").query();
        waitFor("the empty state", empty::isVisible);
        shot("flow-2-dashboard-empty");

        // New request from the empty state's button: SIREN typed with spaces, the looked-up name used.
        robot.clickOn(robot.from(empty).lookup(".button").queryButton());
        waitFor("the new request form", () -> current() instanceof NewRequestScreen);
        robot.clickOn("#code").write(SIREN_TYPED);
        waitFor("the company lookup", () -> visible(robot, "#lookup-name") && !text(robot, "#lookup-name").isBlank());
        String company = text(robot, "#lookup-name");
        robot.clickOn("#lookup-use-name");
        assertEquals(company, robot.lookup("#business-name").queryAs(TextField.class).getText());
        shot("flow-3-new-request");
        robot.clickOn("#submit");
        waitFor("the new request's page", () -> current() instanceof RequestPage);
        String requestId = ((RequestPage) current()).requestId();
        waitFor("the page names the company", () -> company.equals(text(robot, "#request-name")));

        // The page opens on its Summary, whose next steps lead to the documents panel.
        waitFor("the summary's way to the documents", () -> robot.lookup("#summary-send-documents").tryQuery()
                .isPresent());
        robot.clickOn("#summary-send-documents");
        // Two real PDFs dropped on the upload panel, described where the guess could not, uploaded.
        Path bank = TestDocuments.pdf(files, BANK_FILE, "Releve de compte courant mars 2024 solde 12 345,67 EUR");
        Path financial = TestDocuments.pdf(files, FINANCIAL_FILE, "Bilan 2023 total actif 1 234 567 EUR");
        UploadPanelDriver upload = new UploadPanelDriver(robot,
                robot.lookup(node -> node instanceof UploadPanel).queryAs(UploadPanel.class));
        upload.drop(List.of(bank.toFile(), financial.toFile()));
        waitFor("both files are checked", () -> upload.checked(2));
        assertEquals(new Description(DocumentCategory.CERTIFIED_FINANCIAL_STATEMENT, Period.YEAR,
                LocalDate.of(2023, 12, 31)), upload.guessed(FINANCIAL_FILE));
        assertEquals(DocumentCategory.BANK_STATEMENT, upload.guessed(BANK_FILE).category());
        upload.completeDescription(BANK_FILE,
                new Description(DocumentCategory.BANK_STATEMENT, Period.MONTH, LocalDate.of(2024, 3, 31)));
        assertEquals(new Description(DocumentCategory.BANK_STATEMENT, Period.MONTH, LocalDate.of(2024, 3, 31)),
                upload.guessed(BANK_FILE));
        shot("flow-4-upload-described");
        upload.clickUpload();
        waitFor("both documents are online", () -> upload.count(UploadState.ONLINE) == 2);
        shot("flow-5-uploaded");

        // Back on the dashboard while the X-Rays run: a notification for a new report.
        robot.interact(() -> MenuItems.byId(stage.getScene(), "menu.view.requests").fire());
        waitFor("the dashboard again", () -> current() instanceof DashboardScreen);
        advanceSandbox(SANDBOX_SECONDS_TO_ALL_REPORTS);
        waitFor("a report notification", () -> notification(robot, company) != null);
        shot("flow-6-dashboard-while-notified");
        // The notification is a popup window of its own: its scene is saved apart.
        Screenshots.save(notification(robot, company).getScene(), "flow-6-notification");
        TableView<RequestRow> table = robot.lookup("#dashboard-table").queryTableView();
        waitFor("the row's five X-Rays", () -> table.getItems().size() == 1 && table.getItems().get(0).allReported());

        // The notification opens the request on its report; the five tabs get their reports.
        robot.clickOn(robot.from(notification(robot, company)).lookup(".button").queryButton());
        waitFor("the request page", () -> current() instanceof RequestPage page && page.requestId().equals(requestId));
        TabPane tabs = robot.lookup("#request-report-tabs").queryAs(TabPane.class);
        // Doc reads each document and Financial may run again on its statement: a tab can hold several.
        waitFor("a report on each X-Ray tab", () -> tabs.getTabs().subList(0, 5).stream()
                .allMatch(tab -> tab.getText().matches(".*\\(\\d+\\)")));

        JsonNode state = sandboxState();
        JsonNode request = onlyRequest(state);
        Set<String> sources = new java.util.HashSet<>();
        Set<String> reportIds = new java.util.HashSet<>();
        request.path("reports").forEach(r -> {
            sources.add(r.path("source").asText());
            reportIds.add(r.path("id").asText());
        });
        assertEquals(Set.copyOf(XRAY_SOURCES), sources);

        Tab bankTab = tabs.getTabs().get(1);
        Tab financialTab = tabs.getTabs().get(2);
        robot.interact(() -> tabs.getSelectionModel().select(bankTab));
        Report bankReport = shownReport(robot, bankTab, "bank");
        assertTrue(reportIds.contains(bankReport.id()));
        assertEquals(gradeShown(bankReport.score()), text(robot, bankTab.getContent(), "#report-grade"));
        shot("flow-7-bank");
        robot.interact(() -> tabs.getSelectionModel().select(financialTab));
        Report financialReport = shownReport(robot, financialTab, "financial");
        assertTrue(reportIds.contains(financialReport.id()));
        String financialGrade = financialReport.score();
        assertEquals(gradeShown(financialGrade), text(robot, financialTab.getContent(), "#report-grade"));
        shot("flow-8-financial");

        // Export the Financial report to PDF through its toolbar, then read the PDF back.
        Path exported = exportFinancialPdf(robot, financialReport, requestId);
        String pdfText = ReportExporterTestAccess.textOf(exported);
        assertTrue(pdfText.contains(company), pdfText);
        assertTrue(pdfText.contains("Grade: " + financialGrade), pdfText);

        // The dashboard row shows the five grades.
        robot.interact(() -> MenuItems.byId(stage.getScene(), "menu.view.requests").fire());
        waitFor("the dashboard with its row", () -> current() instanceof DashboardScreen && table.getItems().size() == 1);
        // A grade letter where the X-Ray graded, else the word of its state ("ready" for Doc, which reads
        // and does not rate; "not rated" for an ESG X-Ray without the company's workforce).
        for (String source : XRAY_SOURCES) {
            String shown = xrayBadgeText(robot, "xray-" + source);
            XRayOutcome outcome = table.getItems().get(0).xrays().get(Source.recognise(source).orElseThrow());
            assertEquals(outcome.grade() != null ? outcome.grade() : outcome.status().label(), shown, source);
        }
        assertTrue(XRAY_SOURCES.stream().anyMatch(source -> xrayBadgeText(robot, "xray-" + source).matches("[A-E]")));
        assertTrue(table.getItems().get(0).allReported());
        shot("flow-9-dashboard-badges");

        // What the sandbox holds: one request, the two files' bytes, no API header ever sent to S3.
        state = sandboxState();
        request = onlyRequest(state);
        JsonNode media = request.path("media");
        assertEquals(2, media.size());
        List<String> stored = new ArrayList<>();
        for (JsonNode medium : media) {
            assertTrue(Set.of("online", "pending_extraction").contains(medium.path("status").asText()),
                    medium.toString());
            stored.add(medium.path("object").path("sha256").asText());
        }
        assertEquals(List.of(TestDocuments.sha256(bank), TestDocuments.sha256(financial)).stream().sorted().toList(),
                stored.stream().sorted().toList());
        assertEquals(0, state.path("counters").path("s3RejectedWithApiHeaders").asInt(-1));
        assertTrue(app.sandbox().s3Requests().stream().noneMatch(s3 -> s3.headers().keySet().stream()
                .anyMatch(name -> Set.of("userid", "sessiontoken", "october-version").contains(name.toLowerCase(Locale.ROOT)))));
    }

    /**
     * The App's own view asks the platform's Save dialog, which a headless run cannot answer; the
     * same view is built here over the page's request and reports with a chooser that answers, and
     * its toolbar's "Export ▸ PDF" is used.
     */
    private Path exportFinancialPdf(FxRobot robot, Report report, String requestId) throws Exception {
        OctoberClient client = app.demoClient();
        AnalysisRequest request = client.getRequest(requestId);
        List<Report> reports = client.listReports(requestId, null);
        Path target = files.resolve("financial export.pdf");
        AtomicReference<Node> view = new AtomicReference<>();
        robot.interact(() -> view.set(new ReportViews(app.shell().tasks(), request, () -> reports,
                (owner, suggested, format) -> Optional.of(target)).viewFor(report)));
        MenuButton export = robot.from(view.get()).lookup("#report-export").query();
        robot.interact(() -> export.getItems().stream().filter(item -> "export-pdf".equals(item.getId()))
                .findFirst().orElseThrow().fire());
        waitFor("the export is saved", () -> ("Saved to " + target).equals(text(robot, view.get(), "#report-action-status")));
        return target;
    }

    /** The report a tab shows: the one selected in its list (the newest, at first). */
    private static Report shownReport(FxRobot robot, Tab tab, String source) {
        ListView<Report> list = robot.from(tab.getContent()).lookup(".report-list").query();
        Report report = list.getSelectionModel().getSelectedItem();
        assertEquals(source, report.source());
        return report;
    }

    private void advanceSandbox(int seconds) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(control("advance")).header(SandboxServer.CONTROL_HEADER, "1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\":" + seconds + "}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    private JsonNode sandboxState() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(control("state")).header(SandboxServer.CONTROL_HEADER, "1").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return WireJson.mapper().readTree(response.body());
    }

    private URI control(String call) {
        return app.sandbox().apiBaseUri().resolve("/_sandbox/" + call);
    }

    private static JsonNode onlyRequest(JsonNode state) {
        assertEquals(1, state.path("requests").size(), state.path("requests").toString());
        return state.path("requests").get(0);
    }

    /** What a view shows for a grade: the letter, or "not rated" when the report has none. */
    private static String gradeShown(String grade) {
        return grade == null ? "not rated" : grade;
    }

    /** The badge text in the first dashboard row under the column {@code columnId}. */
    private static String xrayBadgeText(FxRobot robot, String columnId) {
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> c.getIndex() == 0 && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()))
                .query();
        return robot.from(cell.getGraphic()).lookup(".label").queryAs(Label.class).getText();
    }

    /** The notification bar announcing a report of {@code company}, or null while none shows. */
    private static Node notification(FxRobot robot, String company) {
        return robot.lookup(".notification-bar").match(bar -> robot.from(bar).lookup(".label")
                .match(label -> ((Label) label).getText().startsWith(company + ": ")).tryQuery().isPresent())
                .tryQuery().orElse(null);
    }

    private static boolean demoFilledIn(FxRobot robot) {
        return robot.lookup("#user-id").tryQuery().map(node -> !((TextField) node).getText().isEmpty()).orElse(false);
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String text(FxRobot robot, Node within, String query) {
        return robot.from(within).lookup(query).queryAs(Label.class).getText();
    }

    private Object current() {
        return app.shell().navigator().current().orElse(null);
    }

    private void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), name);
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
