package io.xraydesk.ui;

import static io.xraydesk.ui.IsolatedApp.waitOnFx;

import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.Period;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.store.UploadState;
import io.xraydesk.testing.SandboxControl;
import io.xraydesk.ui.dashboard.DashboardScreen;
import io.xraydesk.ui.requestpage.RequestPage;
import io.xraydesk.ui.upload.UploadPanel;
import io.xraydesk.ui.upload.UploadPanelDriver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the walk's screens show, made as an analyst makes it in the real application over its
 * embedded sandbox: signed in as the demo user, a request created with the form for a company the
 * registry knows, two documents uploaded, the five X-Rays produced. A second request, opened by its
 * id at the walk's first stop, gives the dashboard rows in several states.
 */
final class WalkWorld {

    /** A SIREN the sandbox's company lookup names. */
    static final String SIREN = "552100554";
    /** The registry's answer for a company that closed. */
    static final String CLOSED_SIREN = "888888880";
    /** Past the slowest X-Ray (Financial, three sandbox minutes after its document). */
    static final int SECONDS_TO_ALL_REPORTS = 240;

    final IsolatedApp app;
    final FxRobot robot;
    private final Path files;
    String requestId;
    SandboxControl sandbox;

    WalkWorld(IsolatedApp app, FxRobot robot, Path files) {
        this.app = app;
        this.robot = robot;
        this.files = files;
    }

    /** Signed in as the demo user, on the dashboard of a sandbox without any request yet. */
    void signIn() throws Exception {
        app.signInWithTheDemo(robot);
        sandbox = new SandboxControl(app.sandbox());
    }

    /** The prepared request, made through the form once {@link #signIn() signed in}, with its documents and reports. */
    void prepare() throws Exception {
        robot.interact(() -> app.routes().newRequest());
        robot.interact(() -> robot.lookup("#code").queryAs(TextField.class).setText(SIREN));
        waitOnFx(() -> !robot.lookup("#lookup-name").queryLabeled().getText().isBlank());
        robot.interact(() -> robot.lookup("#lookup-use-name").queryAs(javafx.scene.control.Hyperlink.class).fire());
        robot.interact(() -> robot.lookup("#submit").queryButton().fire());
        waitOnFx(() -> app.currentScreen() instanceof RequestPage);
        requestId = ((RequestPage) app.currentScreen()).requestId();
        uploadDocuments();
        sandbox.advance(SECONDS_TO_ALL_REPORTS);
        TabPane tabs = robot.lookup("#request-report-tabs").queryAs(TabPane.class);
        waitOnFx(() -> tabs.getTabs().stream().limit(5).allMatch(tab -> tab.getText().matches(".*\\(\\d+\\)")));

    }

    /**
     * Another analyst's request, opened here by its id: a second row on the dashboard, with a long
     * company name. Its X-Rays without documents (ESG, Manager) come a couple of sandbox minutes
     * later, and the application notifies them.
     */
    void openAnotherAnalystsRequest() throws Exception {
        String otherRequestId = app.demoClient().createRequest(new NewRequest(CompanyCode.siren("732829320"),
                "Société des établissements de transport et de logistique du Grand Ouest", null, null)).id();
        robot.interact(() -> app.routes().openRequest(otherRequestId));
        waitOnFx(() -> app.currentScreen() instanceof RequestPage page && page.requestId().equals(otherRequestId));
        robot.interact(() -> app.routes().showDashboard());
        waitOnFx(() -> app.currentScreen() instanceof DashboardScreen
                && robot.lookup("#dashboard-table").queryAs(TableView.class).getItems().size() == 2);
    }

    /** Notifications fade by themselves, after a few seconds. */
    void notificationsGone() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> notifications().count() == 0).get());
    }

    /** The notifications shown, drawn over the main window's screens (or over a dialog's, were one to show its own). */
    static Stream<Node> notifications() {
        return Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene).filter(Objects::nonNull)
                .flatMap(scene -> scene.getRoot().lookupAll(".notification-bar").stream());
    }

    private void uploadDocuments() throws Exception {
        robot.interact(() -> ((RequestPage) app.currentScreen()).showDocuments());
        Path bank = TestDocuments.pdf(files, "releve compte courant.pdf", "Releve de compte courant mars 2024");
        Path accounts = TestDocuments.pdf(files, "bilan 2023.pdf", "Bilan 2023 total actif 1 234 567 EUR");
        UploadPanelDriver upload = new UploadPanelDriver(robot, uploadPanel());
        upload.drop(List.of(bank.toFile(), accounts.toFile()));
        waitOnFx(() -> upload.checked(2));
        upload.completeDescription("releve compte courant.pdf", new UploadPanelDriver.Description(
                DocumentCategory.BANK_STATEMENT, Period.MONTH, LocalDate.of(2024, 3, 31)));
        upload.completeDescription("bilan 2023.pdf", new UploadPanelDriver.Description(
                DocumentCategory.CERTIFIED_FINANCIAL_STATEMENT, Period.YEAR, LocalDate.of(2023, 12, 31)));
        upload.clickUpload();
        waitOnFx(() -> upload.count(UploadState.ONLINE) == 2);
    }

    /** The upload panel of the request page in the window. */
    UploadPanel uploadPanel() {
        return robot.lookup(node -> node instanceof UploadPanel).queryAs(UploadPanel.class);
    }

    /** The newest report of {@code source} on the walked request. */
    String report(String source) {
        return app.demoClient().listReports(requestId, null).stream().filter(r -> source.equals(r.source()))
                .map(Report::id).findFirst().orElseThrow(() -> new AssertionError("no " + source + " report"));
    }
}
