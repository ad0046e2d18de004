package io.xraydesk.ui.newrequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.Styles;
import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.codes.CompanyCodeTypes;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.lookup.SilentServer;
import io.xraydesk.core.notes.CreatorInput;
import io.xraydesk.core.requests.CreationResult;
import io.xraydesk.core.requests.RefusingProxy;
import io.xraydesk.core.audit.AuditRecorder;
import io.xraydesk.core.requests.RequestCreator;
import io.xraydesk.core.requests.RequestDraft;
import io.xraydesk.core.requests.SandboxSessions;
import io.xraydesk.core.session.EmbeddedSandbox;
import io.xraydesk.core.session.Session;
import io.xraydesk.core.session.SessionOpener;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LoadResult;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.MemorySecretStore;
import io.xraydesk.store.SecretStoreChoice;
import io.xraydesk.store.Settings;
import io.xraydesk.store.SettingsStore;
import io.xraydesk.ui.ClippedText;
import io.xraydesk.ui.Screenshots;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.shell.Routes;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
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

/** The form against an in-process sandbox over real HTTP, driven by keyboard and mouse. */
@ExtendWith(ApplicationExtension.class)
class NewRequestScreenTest {

    @TempDir
    Path home;
    private Stage stage;
    private Locale localeBefore;
    private SandboxServer sandbox;
    private BackgroundTasks tasks;
    private AppServices services;
    private final RecordingRoutes routes = new RecordingRoutes();
    private NewRequestScreen screen;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new ThemeManager(ThemeChoice.LIGHT);
    }

    @BeforeEach
    void setUp() {
        localeBefore = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
        sandbox = SandboxServer.start(SandboxConfig.defaults());
        tasks = new BackgroundTasks(new FxUiExecutor());
        AppPaths paths = AppPaths.at(home);
        services = new AppServices(paths, SettingsStore.forApp(paths), new LoadResult(Settings.DEFAULTS, List.of()),
                new SecretStoreChoice(new MemorySecretStore(), Optional.empty()), LocalDatabase.open(paths.database()));
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(this::leaveScreen);
        tasks.close();
        services.close();
        sandbox.close();
        Messages.setLocale(localeBefore);
    }

    /** Shows the screen for the demo user against {@code apiBase}, with the lookup at {@code lookupBase}. */
    private NewRequestScreen show(FxRobot robot, URI apiBase, Optional<URI> lookupBase) {
        Session session = SandboxSessions.open(sandbox, apiBase, lookupBase);
        robot.interact(() -> {
            leaveScreen();
            ScreenContext context = TestContexts.signedOut(TestContexts.shell(stage, tasks), services,
                    new SessionOpener(new EmbeddedSandbox()), routes);
            context.app().setSession(session);
            screen = new NewRequestScreen(context);
            // Within Monocle's headless screen (1280 x 800), or its painter overflows.
            Scene scene = new Scene((Parent) screen.view(), 880, 760);
            ThemeManager.style(scene);
            stage.setScene(scene);
            stage.show();
            screen.activate();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return screen;
    }

    private void leaveScreen() {
        if (screen != null) {
            screen.deactivate();
            screen = null;
        }
        stage.hide();
    }

    private NewRequestScreen show(FxRobot robot) {
        return show(robot, sandbox.apiBaseUri(), Optional.empty());
    }

    @Test
    void typePasteCorrectAndSubmitCreatesTheRequestOnTheSandbox(FxRobot robot) throws Exception {
        show(robot);
        TextField code = robot.lookup("#code").queryAs(TextField.class);
        assertTrue(code.isFocused(), "the code field has the focus first");

        robot.write("514673986");
        assertEquals("514 673 986", code.getText());
        assertTrue(text(robot, "#code-problem").contains("check digit"), text(robot, "#code-problem"));

        robot.type(KeyCode.BACK_SPACE).write("7");
        assertEquals("514 673 987", code.getText());
        assertFalse(visible(robot, "#code-problem"));

        robot.interact(() -> {
            code.clear();
            ClipboardContent content = new ClipboardContent();
            content.putString("514.673.987");
            Clipboard.getSystemClipboard().setContent(content);
            code.paste();
        });
        assertEquals("514 673 987", code.getText());
        assertEquals(11, code.getCaretPosition(), "caret after the pasted digits");

        robot.clickOn("#business-name").write("Acme Lyon");
        assertEquals("9 / 120", text(robot, "#name-counter"));
        robot.type(KeyCode.ENTER);

        String id = routes.awaitOpened();
        JsonNode request = onlyRequest();
        assertEquals(id, request.get("id").asText());
        assertEquals("siren:514673987", request.get("code").asText());
        assertEquals("Acme Lyon", request.get("businessName").asText());
    }

    @Test
    void theDefaultNameIsShownWhileTheNameIsEmpty(FxRobot robot) {
        show(robot);
        robot.write("514 673 987");

        assertEquals("Left empty, the request will be named \"SIREN 514673987\".", text(robot, "#default-name"));
        robot.clickOn("#business-name").write("Acme");
        assertFalse(visible(robot, "#default-name"));
    }

    @Test
    void pressingEnterTwiceCreatesExactlyOneRequest(FxRobot robot) throws Exception {
        show(robot);
        robot.write("732829320");

        robot.type(KeyCode.ENTER, KeyCode.ENTER);
        routes.awaitOpened();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);

        assertEquals(1, sandboxState().get("requests").size());
        assertEquals(1, sandboxState().get("counters").path("createRequest").asInt());
        assertEquals(1, routes.opened.size());
    }

    @Test
    void aServerRefusalIsShownOnTheFieldItNames(FxRobot robot) throws Exception {
        String refusal = "{\"message\":\"KvK 01234567 is not registered\",\"field\":\"code.id\"}";
        try (RefusingProxy strictServer = new RefusingProxy(sandbox.apiBaseUri(),
                RefusingProxy.RefusalRule.of("POST /requests", body -> body.contains("\"kvk\"")), refusal)) {
            show(robot, strictServer.uri(), Optional.empty());
            robot.interact(() -> robot.lookup("#code-type").queryComboBox().setValue(CompanyCodeTypes.KVK));
            robot.clickOn("#code").write("01234567").type(KeyCode.ENTER);

            waitUntil(() -> visible(robot, "#code-problem"));
            assertEquals("KvK 01234567 is not registered", text(robot, "#code-problem"));
            assertEquals("0123 4567", robot.lookup("#code").queryAs(TextField.class).getText());
            assertTrue(robot.lookup("#code").queryAs(TextField.class).isFocused());
            assertFalse(robot.lookup("#submit").queryButton().isDisabled());
            save(robot, "new-request-server-refusal-en");

            robot.type(KeyCode.BACK_SPACE).write("8");
            assertFalse(visible(robot, "#code-problem"), "an edit replaces the server's verdict");
            assertEquals(List.of(), routes.opened);
        }
    }

    @Test
    void aNetworkFailureKeepsEverythingTyped(FxRobot robot) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        show(robot, URI.create("http://127.0.0.1:" + closedPort), Optional.empty());
        robot.write("514673987");
        robot.clickOn("#business-name").write("Acme");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> visible(robot, "#form-message"));
        assertTrue(text(robot, "#form-message").contains("Nothing was created"), text(robot, "#form-message"));
        assertEquals("514 673 987", robot.lookup("#code").queryAs(TextField.class).getText());
        assertEquals("Acme", robot.lookup("#business-name").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#submit").queryButton().isDisabled(), "can be sent again");
    }

    @Test
    void anUnknownOutcomeIsOnlyRetriedWhenTheAnalystAsks(FxRobot robot) throws Exception {
        control("POST", "/_sandbox/faults", "{\"kind\":\"reset\",\"method\":\"POST\",\"path\":\"/requests\"}");
        show(robot);
        robot.write("514673987").type(KeyCode.ENTER);

        waitUntil(() -> visible(robot, "#outcome-unknown"));
        assertTrue(robot.lookup("#submit").queryButton().isDisabled());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, sandboxState().get("counters").path("faultsInjected").asInt());
        assertEquals(List.of(), routes.opened);

        robot.clickOn("#retry-anyway");
        routes.awaitOpened();
        assertEquals(1, sandboxState().get("requests").size());
    }

    @Test
    void theLookupOffersTheRegisteredName(FxRobot robot) throws Exception {
        show(robot, sandbox.apiBaseUri(), Optional.of(sandbox.lookupBaseUri()));
        robot.write("514673987");

        waitUntil(() -> visible(robot, "#lookup-name"));
        String registered = text(robot, "#lookup-name");
        assertFalse(registered.isBlank());
        save(robot, "new-request-lookup-en");
        robot.clickOn("#lookup-use-name");
        assertEquals(registered, robot.lookup("#business-name").queryAs(TextField.class).getText());
        robot.clickOn("#creator").write("me");
        assertTrue(visible(robot, "#lookup-name"), "editing other fields keeps the lookup result");

        robot.clickOn("#submit");
        routes.awaitOpened();
        assertEquals(registered, onlyRequest().get("businessName").asText());
    }

    @Test
    void aClosedCompanyIsFlagged(FxRobot robot) {
        show(robot, sandbox.apiBaseUri(), Optional.of(sandbox.lookupBaseUri()));
        robot.write("888888880");

        waitUntil(() -> visible(robot, "#lookup-name"));
        assertTrue(robot.lookup(".chip-warning").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#lookup").lookup(".lookup-closed").tryQuery().isPresent());
    }

    @Test
    void aSilentRegistryDoesNotHoldTheSubmissionBack(FxRobot robot) throws Exception {
        try (SilentServer registry = new SilentServer()) {
            show(robot, sandbox.apiBaseUri(), Optional.of(registry.uri()));
            robot.write("514673987");
            waitUntil(() -> text(robot, "#lookup-status").startsWith("Looking"));

            robot.type(KeyCode.ENTER);

            routes.awaitOpened();
            assertEquals(1, sandboxState().get("requests").size());
            assertEquals(1, registry.connections());
        }
    }

    @Test
    void aKnownRequestForTheSameCompanyIsOfferedInstead(FxRobot robot) throws Exception {
        Session demo = SandboxSessions.open(sandbox, sandbox.apiBaseUri(), Optional.empty());
        CreationResult.Created earlier = (CreationResult.Created) new RequestCreator(demo.client(),
                services.database().requestCache(),
                new AuditRecorder(services.database().audit(), demo.analyst(), Clock.systemUTC()), Clock.systemUTC())
                .create(new RequestDraft(CompanyCode.siren("514673987"), "Acme 2025", CreatorInput.ME, null));
        show(robot);
        robot.write("514673987");

        waitUntil(() -> visible(robot, "#duplicate"));
        assertTrue(text(robot, "#duplicate-text").contains("Acme 2025"), text(robot, "#duplicate-text"));
        assertFalse(robot.lookup("#submit").queryButton().isDisabled(), "a second one stays possible");
        robot.clickOn("#open-duplicate");

        assertEquals(List.of(earlier.request().id()), routes.opened);
        assertEquals(1, sandboxState().get("requests").size());
    }

    @Test
    void theWholeFormWorksFromTheKeyboard(FxRobot robot) {
        show(robot);
        robot.write("514673987").type(KeyCode.TAB);
        assertTrue(robot.lookup("#business-name").query().isFocused());
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#creator").query().isFocused());
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#notes-section").query().isFocused());
        robot.type(KeyCode.ESCAPE);

        assertEquals(1, routes.dashboards.size());
        assertEquals(List.of(), routes.opened);
    }

    @Test
    void refusedNotesAreShownOnTheirFieldsAndNothingIsSent(FxRobot robot) throws Exception {
        show(robot);
        robot.write("514673987");
        robot.interact(() -> robot.lookup("#notes-section").queryAs(TitledPane.class).setExpanded(true));
        robot.clickOn("#note-workforceNumber").write("0");
        robot.clickOn("#note-revenue").write("12,5,0");
        robot.clickOn("#submit");

        assertTrue(robot.lookup("#note-workforceNumber").query().isFocused(), "first refused field focused");
        assertEquals(0, sandboxState().get("requests").size());
        save(robot, "new-request-notes-errors-en");
    }

    @Test
    void screenshotsInEnglishAndFrench(FxRobot robot) throws Exception {
        show(robot);
        save(robot, "new-request-empty-en");
        robot.write("51467398");
        robot.clickOn("#submit");
        save(robot, "new-request-invalid-en");

        Messages.setLocale(Locale.FRENCH);
        show(robot, sandbox.apiBaseUri(), Optional.of(sandbox.lookupBaseUri()));
        robot.write("888888880");
        waitUntil(() -> visible(robot, "#lookup-name"));
        robot.interact(() -> robot.lookup("#notes-section").queryAs(TitledPane.class).setExpanded(true));
        robot.interact(() -> robot.lookup("#note-revenue").query().requestFocus());
        robot.write("1 234 567,89");
        robot.interact(() -> robot.lookup("#note-equity").query().requestFocus());
        robot.write("12.345,6.7");
        robot.interact(() -> robot.lookup("#note-workforceNumber").query().requestFocus());
        robot.write("35");
        assertTrue(text(robot, "#lookup-status").isEmpty());
        assertFalse(inError(robot, "#note-revenue"), "a French amount is read without complaint");
        assertTrue(inError(robot, "#note-equity"));
        save(robot, "new-request-lookup-notes-fr");
        assertEquals(List.of(), ClippedText.in(stage.getScene().getRoot()));
    }

    private void save(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        Path[] saved = new Path[1];
        robot.interact(() -> {
            try {
                saved[0] = Screenshots.save(scene, name);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(saved[0].toFile().length() > 0);
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label label ? label.getText() : ((TextField) node).getText();
    }

    private static boolean inError(FxRobot robot, String query) {
        return robot.lookup(query).query().getPseudoClassStates().contains(Styles.STATE_DANGER);
    }

    /** Shown on screen: the node and all its ancestors visible. */
    private static boolean visible(FxRobot robot, String query) {
        for (Node node = robot.lookup(query).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 8 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private JsonNode onlyRequest() throws Exception {
        JsonNode requests = sandboxState().get("requests");
        assertEquals(1, requests.size());
        return requests.get(0);
    }

    private JsonNode sandboxState() throws Exception {
        return WireJson.mapper().readTree(control("GET", "/_sandbox/state", null));
    }

    private String control(String method, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(sandbox.apiBaseUri().resolve(path))
                .header(SandboxServer.CONTROL_HEADER, "1")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Routes that record where the screen sent the analyst. */
    private static final class RecordingRoutes implements Routes {

        final List<String> opened = new CopyOnWriteArrayList<>();
        final List<String> dashboards = new CopyOnWriteArrayList<>();

        String awaitOpened() {
            waitUntil(() -> !opened.isEmpty());
            return opened.get(0);
        }

        @Override
        public void signIn(String reason) {
            throw new AssertionError("the form never signs out");
        }

        @Override
        public void dashboard() {
            dashboards.add("dashboard");
        }

        @Override
        public void newRequest() {
            throw new AssertionError("already on the form");
        }

        @Override
        public void openRequest(String requestId) {
            opened.add(requestId);
        }

        @Override
        public void openReport(String requestId, String reportId) {
            throw new AssertionError("no report from the form");
        }

        @Override
        public void networkSettings() {
            throw new AssertionError("no settings from the form");
        }
    }
}
