package io.xraydesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.store.UploadState;
import io.xraydesk.testing.PortfolioFiles;
import io.xraydesk.testing.SandboxControl;
import io.xraydesk.ui.dashboard.DashboardScreen;
import io.xraydesk.ui.login.SignInScreen;
import io.xraydesk.ui.newrequest.NewRequestScreen;
import io.xraydesk.ui.requestpage.RequestPage;
import io.xraydesk.ui.upload.UploadPanel;
import io.xraydesk.ui.upload.UploadPanelDriver;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A refused token, met by whatever screen, action or background work (the watcher, the upload
 * queue), takes one path: the sign-in screen with the same reason, then back to that screen after
 * signing in again. One case per screen that calls the API: the dashboard, the new-request form, the
 * request page (its watcher poll and its own read of the documents), its upload panel, and the
 * portfolio import window (which closes with the session; the same list then continues). The
 * sign-in screen answers a refused token itself (SignInScreenTest); the network settings dialog and
 * the start screen send no credentials. The whole application
 * against its embedded sandbox; a one-shot 401 is armed on exactly the call under test.
 */
@ExtendWith(ApplicationExtension.class)
class AuthenticationLossTest {

    /** An id no request has: its fetch is the dashboard's "open by id" call. */
    private static final String UNKNOWN_ID = "0123456789abcdef01234567";

    @TempDir
    Path home;
    @TempDir
    Path files;

    private IsolatedApp app;

    @Start
    void start(Stage stage) {
        app = new IsolatedApp(home);
        app.start(stage);
    }

    @BeforeEach
    void signIn(FxRobot robot) throws Exception {
        waitFor(() -> current() instanceof SignInScreen && !text(robot, "#user-id").isEmpty());
        robot.clickOn("#signin-button");
        waitFor(() -> current() instanceof DashboardScreen);
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.stopAndReset(robot);
    }

    @Test
    void dashboardActionEndsOnSignInAndComesBack(FxRobot robot) throws Exception {
        control().armApiFault("GET", "/requests/" + UNKNOWN_ID, "unauthorized", 1, 0);
        robot.interact(() -> ((DashboardScreen) current()).open(UNKNOWN_ID));

        signInAgainAfterTheRefusal(robot);
        waitFor(() -> current() instanceof DashboardScreen);
    }

    @Test
    void newRequestSubmissionEndsOnSignInAndComesBackWithTheFormAsItWas(FxRobot robot) throws Exception {
        robot.interact(() -> app.routes().newRequest());
        robot.clickOn("#code").write("514673987");
        // The company lookup's panel moves the fields when it appears: type the name once it is there.
        waitFor(() -> !text(robot, "#lookup-name").isBlank());
        robot.clickOn("#business-name").write("Acme");
        waitFor(() -> "Acme".equals(text(robot, "#business-name")));
        waitFor(() -> !robot.lookup("#submit").queryButton().isDisabled());
        control().armApiFault("POST", "/requests", "unauthorized", 1, 0);
        robot.clickOn("#submit");

        signInAgainAfterTheRefusal(robot);
        waitFor(() -> current() instanceof NewRequestScreen);
        assertEquals("Acme", text(robot, "#business-name"), "nothing typed is lost");
        waitFor(() -> !robot.lookup("#submit").queryButton().isDisabled());
    }

    @Test
    void requestPageBackgroundPollEndsOnSignInAndComesBackToTheSameRequest(FxRobot robot) throws Exception {
        AnalysisRequest request = app.demoClient().createRequest(
                new NewRequest(CompanyCode.siren("732829320"), "ACME SAS", null, null));
        // The page's first poll of its request, made by the session's watcher in the background.
        control().armApiFault("GET", "/requests/" + request.id(), "unauthorized", 1, 0);
        robot.interact(() -> app.routes().openRequest(request.id()));

        signInAgainAfterTheRefusal(robot);
        waitFor(() -> current() instanceof RequestPage page && page.requestId().equals(request.id()));
    }

    @Test
    void uploadPanelBackgroundUploadEndsOnSignInAndComesBackToTheSameRequest(FxRobot robot) throws Exception {
        AnalysisRequest request = app.demoClient().createRequest(
                new NewRequest(CompanyCode.siren("514673987"), "Acme", null, null));
        UploadPanelDriver upload = statementDroppedOnThePageOf(robot, request);
        // The queue's first call for the file, made on its own thread: the queue halts for credentials.
        control().armApiFault("POST", "/media", "unauthorized", 1, 0);
        upload.clickUpload();

        signInAgainAfterTheRefusal(robot);
        waitFor(() -> current() instanceof RequestPage page && page.requestId().equals(request.id()));
    }

    @Test
    void requestPageDocumentsReadEndsOnSignInAndComesBackToTheSameRequest(FxRobot robot) throws Exception {
        AnalysisRequest request = app.demoClient().createRequest(
                new NewRequest(CompanyCode.siren("732829320"), "ACME SAS", null, null));
        UploadPanelDriver upload = statementDroppedOnThePageOf(robot, request);
        upload.clickUpload();
        waitFor(() -> upload.count(UploadState.ONLINE) == 1);
        robot.interact(() -> app.routes().showDashboard());
        // The page's read of its documents' status on the API, a task of the one executor: not the
        // watcher's, not the queue's.
        control().armApiFault("GET", "/media/*", "unauthorized", 1, 0);
        robot.interact(() -> app.routes().openRequest(request.id()));

        signInAgainAfterTheRefusal(robot);
        waitFor(() -> current() instanceof RequestPage page && page.requestId().equals(request.id()));
        assertEquals(1, control().counter("faultsInjected"), "the refusal came from the documents' read");
    }

    @Test
    void portfolioImportRunEndsOnSignInAndTheSameListContinuesAfterwards(FxRobot robot) throws Exception {
        Path documents = files.resolve("documents");
        Path list = PortfolioFiles.csv(files.resolve("portefeuille.csv"),
                PortfolioFiles.companies(2, documents, 900), StandardCharsets.UTF_8);
        previewInTheImportWindow(robot, list, documents);
        control().armApiFault("POST", "/requests", "unauthorized", 1, 0);
        robot.clickOn("#portfolio-start");

        signInAgainAfterTheRefusal(robot);
        waitFor(() -> current() instanceof DashboardScreen);
        assertEquals(false, importWindowShown(robot), "the window of the session that ended is closed");
        previewInTheImportWindow(robot, list, documents);
        waitFor(() -> text(robot, "#portfolio-status").contains("stopped before its end"));
        robot.clickOn("#portfolio-start");
        waitFor(() -> text(robot, "#portfolio-status").startsWith("Import finished: 2 created"));
        assertEquals(2, control().counter("createRequest"), "each company created once, the refused one again");
    }

    /** File ▸ Import a portfolio…, the list and its documents folder read into the preview. */
    private void previewInTheImportWindow(FxRobot robot, Path list, Path documents) throws Exception {
        robot.interact(() -> app.routes().importPortfolio());
        waitFor(() -> importWindowShown(robot));
        robot.clickOn("#portfolio-list-field").write(list.toString());
        robot.clickOn("#portfolio-folder-field").write(documents.toString());
        robot.clickOn("#portfolio-read");
        waitFor(() -> !robot.lookup("#portfolio-start").queryButton().isDisabled());
    }

    private static boolean importWindowShown(FxRobot robot) {
        return robot.listWindows().stream().filter(Window::isShowing)
                .anyMatch(window -> window.getScene() != null && window.getScene().lookup("#portfolio-import") != null);
    }

    /** Opens the request's page and drops a statement on its upload panel, checked and ready to send. */
    private UploadPanelDriver statementDroppedOnThePageOf(FxRobot robot, AnalysisRequest request) throws Exception {
        robot.interact(() -> app.routes().openRequest(request.id()));
        // The page opens on its Summary, whose next steps lead to the documents panel.
        waitFor(() -> robot.lookup("#summary-send-documents").tryQuery().isPresent());
        robot.clickOn("#summary-send-documents");
        waitFor(() -> robot.lookup(node -> node instanceof UploadPanel).tryQuery().isPresent());
        UploadPanelDriver upload = new UploadPanelDriver(robot,
                robot.lookup(node -> node instanceof UploadPanel).queryAs(UploadPanel.class));
        Path statement = TestDocuments.pdf(files, "bilan 2023.pdf", "Bilan 2023 total actif 1 234 567 EUR");
        upload.drop(List.of(statement.toFile()));
        waitFor(() -> upload.checked(1));
        return upload;
    }

    private void signInAgainAfterTheRefusal(FxRobot robot) throws Exception {
        waitFor(() -> current() instanceof SignInScreen);
        assertEquals(Messages.get("signin.reason.token_refused"), text(robot, "#signin-reason"));
        waitFor(() -> !text(robot, "#user-id").isEmpty() && !robot.lookup("#signin-button").queryButton().isDisabled());
        robot.clickOn("#signin-button");
    }

    private SandboxControl control() {
        return new SandboxControl(app.sandbox());
    }


    private Object current() {
        return app.shell().navigator().current().orElse(null);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> node instanceof TextField field ? field.getText()
                : node instanceof Label label ? label.getText() : "").orElse("");
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
