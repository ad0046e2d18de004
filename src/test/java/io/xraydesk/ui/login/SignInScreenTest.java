package io.xraydesk.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.ProxySettings;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.EmbeddedSandbox;
import io.xraydesk.core.session.SessionGuard;
import io.xraydesk.core.session.SessionOpener;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.Environment;
import io.xraydesk.store.Profile;
import io.xraydesk.store.SecretKeys;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.theme.ThemeManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The sign-in screen against the embedded sandbox and real loopback failures, headless. */
@ExtendWith(ApplicationExtension.class)
class SignInScreenTest {

    /** Short, so "unreachable" must arrive well within a test's patience. */
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(700);

    @TempDir
    Path home;

    private Stage stage;
    private BackgroundTasks tasks;
    private AppServices services;
    private EmbeddedSandbox sandbox;
    private RecordingRoutes routes;
    private SignInScreen screen;
    private ScreenContext context;

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> screen.deactivate());
        tasks.close();
        services.close();
        sandbox.close();
    }

    private void show(FxRobot robot) throws Exception {
        if (services == null) {
            openServices();
        }
        sandbox = new EmbeddedSandbox();
        routes = new RecordingRoutes();
        stage = FxToolkitStage.primary();
        robot.interact(() -> {
            context = TestContexts.signedOut(TestContexts.shell(stage, tasks), services, new SessionOpener(sandbox),
                    routes);
            screen = new SignInScreen(context, SignInScreenTest::quickDirect);
            stage.setScene(new Scene(new StackPane(screen.view()), 900, 760));
            ThemeManager.style(stage.getScene());
            stage.show();
            screen.activate();
            screen.start(true);
        });
    }

    static ConnectionSettings quickDirect() {
        return ConnectionSettings.defaults().withProxy(ProxySettings.none())
                .withTimeouts(CONNECT_TIMEOUT, Duration.ofSeconds(5));
    }

    @Test
    void aFreshStartOffersTheSandboxDemoAndOneClickSignsIn(FxRobot robot) throws Exception {
        show(robot);
        waitFor(() -> SandboxConfig.DEMO_USER_ID.equals(field(robot, "#user-id").getText()));
        assertEquals(SandboxConfig.DEMO_BUSINESS_ID, field(robot, "#business-id").getText());
        assertFalse(button(robot, "#signin-button").isDisabled());

        robot.clickOn("#signin-button");
        waitFor(() -> routes.calls().contains("dashboard"));
        assertEquals(Environment.SANDBOX, context.app().session().profile().environment());
        assertEquals(SandboxConfig.DEMO_USER_ID, context.app().session().profile().userId());
        Profile saved = services.settings().lastProfile().orElseThrow();
        assertEquals(saved, context.app().session().profile());
        assertEquals(SandboxConfig.DEMO_TOKEN, services.secrets().store().read(SecretKeys.token(saved.id())).orElseThrow());
        String file = Files.readString(services.paths().settingsFile());
        assertTrue(file.contains(SandboxConfig.DEMO_USER_ID), "the user id is kept in the settings");
        assertFalse(file.contains(SandboxConfig.DEMO_TOKEN), "the token is never in the settings file");
    }

    @Test
    void invalidFieldsDisableSignInAndSayWhatIsWrong(FxRobot robot) throws Exception {
        show(robot);
        waitFor(() -> !field(robot, "#user-id").getText().isEmpty());
        robot.interact(() -> screen.model().environmentProperty().set(Environment.PRODUCTION));
        assertEquals("", field(robot, "#user-id").getText(), "the demo account stays in the sandbox");
        assertTrue(button(robot, "#signin-button").isDisabled());
        assertVisibleProblem(robot, "#user-id-problem", "Enter the User ID");
        assertVisibleProblem(robot, "#token-problem", "Paste the session token");

        robot.interact(() -> {
            field(robot, "#user-id").setText("6413297aad6e59418e7748f9");
            robot.lookup("#token").queryAs(PasswordField.class).setText("some-token");
        });
        robot.clickOn("#october-version").press(KeyCode.END).release(KeyCode.END)
                .eraseText(5).write("13-01");
        assertVisibleProblem(robot, "#version-problem", "real date");
        assertTrue(button(robot, "#signin-button").isDisabled());
        robot.eraseText(5).write("01-25");
        assertFalse(robot.lookup("#version-problem").queryAs(Label.class).isVisible());
        assertFalse(button(robot, "#signin-button").isDisabled());

        robot.interact(() -> screen.model().environmentProperty().set(Environment.CUSTOM));
        assertTrue(robot.lookup("#base-url").queryAs(TextField.class).isVisible());
        robot.interact(() -> field(robot, "#base-url").setText("http://api.test.example"));
        assertVisibleProblem(robot, "#base-url-problem", "Plain http:// is only allowed");
        assertTrue(button(robot, "#signin-button").isDisabled());
    }

    @Test
    void thePastedTokenIsMaskedTrimmedAndCanBeRevealed(FxRobot robot) throws Exception {
        show(robot);
        waitFor(() -> !field(robot, "#user-id").getText().isEmpty());
        PasswordField masked = robot.lookup("#token").queryAs(PasswordField.class);
        robot.interact(() -> masked.setText("  'pasted-token'\n"));
        assertEquals("pasted-token", screen.model().tokenProperty().get());
        assertTrue(masked.isVisible());
        // From the keyboard: Tab from the token reaches the eye, Space shows the token.
        ToggleButton reveal = robot.lookup("#token-reveal").queryAs(ToggleButton.class);
        assertEquals("Show or hide the token", reveal.getAccessibleText());
        robot.interact(masked::requestFocus);
        robot.type(KeyCode.TAB);
        assertTrue(reveal.isFocused(), "Tab reaches the reveal button");
        robot.type(KeyCode.SPACE);
        assertTrue(reveal.isSelected());
        assertEquals("pasted-token", robot.lookup("#token-shown").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#token-shown").queryAs(TextField.class).isVisible());
    }

    @Test
    void aWrongTokenShowsTheRejectionAndStays(FxRobot robot) throws Exception {
        show(robot);
        waitFor(() -> !field(robot, "#user-id").getText().isEmpty());
        robot.interact(() -> screen.model().tokenProperty().set("canary-wrong-token-77"));
        robot.clickOn("#signin-button");
        waitFor(() -> message(robot).contains("refused"));
        assertFalse(routes.calls().contains("dashboard"));
        assertNull(context.app().session());
        assertFalse(button(robot, "#signin-button").isDisabled(), "the analyst can correct and retry");
        assertTrue(services.settings().profiles().isEmpty(), "nothing saved for refused credentials");
    }

    @Test
    void aClosedPortShowsTheUnreachableMessageNamingTheHost(FxRobot robot) throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        show(robot);
        customTarget(robot, "http://127.0.0.1:" + closed);
        robot.clickOn("#signin-button");
        waitFor(() -> message(robot).startsWith("Cannot reach 127.0.0.1"));
        assertFalse(routes.calls().contains("dashboard"));
    }

    @Test
    void aNonRoutableAddressIsUnreachableWithinTheConnectTimeout(FxRobot robot) throws Exception {
        show(robot);
        customTarget(robot, "https://192.0.2.1");
        long start = System.nanoTime();
        robot.clickOn("#signin-button");
        waitFor(() -> message(robot).startsWith("Cannot reach 192.0.2.1"));
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(elapsed < CONNECT_TIMEOUT.toMillis() + 3_000, "took " + elapsed + " ms");
    }

    @Test
    void cancelStopsACheckThatHangs(FxRobot robot) throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            show(robot);
            customTarget(robot, "http://127.0.0.1:" + silent.getLocalPort());
            robot.clickOn("#signin-button");
            waitFor(() -> robot.lookup("#signin-cancel").queryAs(Button.class).isVisible());
            assertTrue(button(robot, "#signin-button").isDisabled(), "no second sign-in while one runs");
            robot.clickOn("#signin-cancel");
            assertEquals("Sign-in cancelled.", message(robot));
            assertFalse(robot.lookup("#signin-spinner").query().isVisible());
            assertFalse(button(robot, "#signin-button").isDisabled());
            assertFalse(routes.calls().contains("dashboard"));
        }
    }

    @Test
    void aRememberedTokenOpensTheDashboardAtOnceAndARefusedOneComesBackWithTheReason(FxRobot robot) throws Exception {
        openServices();
        // As in the application: a refused token met by any task goes to the session guard.
        tasks.setFailureFilter(failure -> new SessionGuard(reason -> routes.signIn(reason)).signedOutBy(failure));
        Profile remembered = demoProfile();
        services.saveSettings(services.settings().withProfile(remembered).withLastProfileId("p-demo"));
        services.publishSettings(services.settings().withProfile(remembered).withLastProfileId("p-demo"));
        services.secrets().store().write(SecretKeys.token("p-demo"), SandboxConfig.DEMO_TOKEN);
        show(robot);
        waitFor(() -> routes.calls().contains("dashboard"));
        assertEquals("p-demo", context.app().session().profile().id());
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS); // the background check answers meanwhile
        assertFalse(routes.calls().stream().anyMatch(call -> call.startsWith("signIn")), "accepted: " + routes.calls());

        robot.interact(() -> context.app().setSession(null));
        services.secrets().store().write(SecretKeys.token("p-demo"), "revoked-token");
        routes = new RecordingRoutes();
        robot.interact(() -> {
            context = TestContexts.signedOut(TestContexts.shell(stage, tasks), services, new SessionOpener(sandbox),
                    routes);
            screen = new SignInScreen(context, SignInScreenTest::quickDirect);
            stage.getScene().setRoot(new StackPane(screen.view()));
            screen.start(true);
        });
        // The list first, from the local cache; then the check's refusal through the one owner of that event.
        waitFor(() -> routes.calls().contains("signIn:" + Messages.get("signin.reason.token_refused")));
        assertEquals("dashboard", routes.calls().get(0));
    }

    @Test
    void aSavedDemoProfileWhoseTokenWasNotKeptGetsTheDemoTokenAgain(FxRobot robot) throws Exception {
        openServices();
        // Remembered, but the keychain holds nothing for it (as on a machine without one).
        Profile demo = demoProfile();
        Profile other = new Profile("p-other", "Other sandbox user", Environment.SANDBOX, null,
                "5f0c2e9aad6e59418e770001", ApiCredentials.DEFAULT_VERSION, null, false);
        services.publishSettings(services.settings().withProfile(demo).withProfile(other).withLastProfileId("p-demo"));
        show(robot);
        waitFor(() -> SandboxConfig.DEMO_TOKEN.equals(screen.model().tokenProperty().get()));
        assertFalse(robot.lookup("#token-problem").queryAs(Label.class).isVisible(), "no request to paste a token");
        assertFalse(button(robot, "#signin-button").isDisabled());
        assertFalse(routes.calls().contains("dashboard"), "a token not remembered is not used without a click");

        @SuppressWarnings("unchecked")
        ComboBox<Profile> profiles = robot.lookup("#profile-choice").queryAs(ComboBox.class);
        robot.interact(() -> profiles.setValue(other));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(other.userId(), field(robot, "#user-id").getText());
        assertEquals("", screen.model().tokenProperty().get(), "another sandbox user's token is not guessed");
    }

    private void openServices() throws Exception {
        tasks = new BackgroundTasks(new FxUiExecutor());
        services = TestServices.open(home);
    }

    /** A saved sandbox profile of the demo account whose token is to be remembered. */
    private static Profile demoProfile() {
        return new Profile("p-demo", "Demo", Environment.SANDBOX, null, SandboxConfig.DEMO_USER_ID,
                ApiCredentials.DEFAULT_VERSION, null, true);
    }

    private void customTarget(FxRobot robot, String url) throws TimeoutException {
        waitFor(() -> !field(robot, "#user-id").getText().isEmpty());
        robot.interact(() -> {
            screen.model().environmentProperty().set(Environment.CUSTOM);
            screen.model().baseUrlProperty().set(url);
            screen.model().userIdProperty().set(SandboxConfig.DEMO_USER_ID);
            screen.model().tokenProperty().set("canary-token-31");
        });
    }

    private static void assertVisibleProblem(FxRobot robot, String id, String expected) {
        Label problem = robot.lookup(id).queryAs(Label.class);
        assertTrue(problem.isVisible(), id + " hidden");
        assertTrue(problem.getText().contains(expected), problem.getText());
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class);
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#signin-message").queryAs(Label.class).getText();
    }

    static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
