package io.xraydesk.ui.newrequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.Styles;
import com.fasterxml.jackson.databind.JsonNode;
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
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.SandboxControl;
import io.xraydesk.ui.RecordingRoutes;
import io.xraydesk.ui.Screenshots;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.shell.Navigator;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the new-request form's screen tests share: a sandbox over real HTTP, the stores in a
 * temporary folder, the form shown in the test's stage for the demo user, and ways to read the
 * screen; the sandbox's state through its control endpoint. Set up before each test, closed after it.
 */
@ExtendWith(ApplicationExtension.class)
abstract class NewRequestScreenFixture {

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path home;
    SandboxServer sandbox;
    SandboxControl control;
    AppServices services;
    final RecordingRoutes routes = new RecordingRoutes();
    private Stage stage;
    private FxRobot robot;
    private BackgroundTasks tasks;
    private NewRequestScreen screen;

    @BeforeEach
    void setUp(FxRobot robot) throws TimeoutException {
        // The stage the extension registered: its @Start methods are looked up on the test class only.
        this.stage = FxToolkit.registerPrimaryStage();
        this.robot = robot;
        robot.interact(() -> new ThemeManager(ThemeChoice.LIGHT));
        sandbox = SandboxServer.start(SandboxConfig.defaults());
        control = new SandboxControl(sandbox);
        tasks = new BackgroundTasks(new FxUiExecutor());
        AppPaths paths = AppPaths.at(home);
        services = new AppServices(paths, SettingsStore.forApp(paths), new LoadResult(Settings.DEFAULTS, List.of()),
                new SecretStoreChoice(new MemorySecretStore(), Optional.empty()), LocalDatabase.open(paths.database()));
    }

    @AfterEach
    void tearDown() {
        robot.interact(this::leaveScreen);
        tasks.close();
        services.close();
        sandbox.close();
    }

    /** Shows the form for the demo user against the sandbox, without the company lookup. */
    NewRequestScreen show() {
        return show(sandbox.apiBaseUri(), Optional.empty());
    }

    /** Shows the form for the demo user against {@code apiBase}, with the lookup at {@code lookupBase}. */
    NewRequestScreen show(URI apiBase, Optional<URI> lookupBase) {
        Session session = SandboxSessions.open(sandbox, apiBase, lookupBase);
        robot.interact(() -> {
            leaveScreen();
            ScreenContext context = TestContexts.signedOut(TestContexts.shell(stage, tasks), services,
                    new SessionOpener(new EmbeddedSandbox()), routes);
            context.app().setSession(session);
            screen = new NewRequestScreen(context);
            // As in the window: the button that opened the form has the focus, in a host the
            // navigator puts the form in. Within Monocle's headless screen (1280 x 800), or its
            // painter overflows.
            Button opener = new Button("New request");
            StackPane host = new StackPane(opener);
            Scene scene = new Scene(host, 880, 760);
            ThemeManager.style(scene);
            stage.setScene(scene);
            stage.show();
            opener.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // A turn later, the form never shown before (its scroll pane without a skin, so the fields not yet
        // in the scene) replaces the button.
        robot.interact(() -> new Navigator((StackPane) stage.getScene().getRoot()).show(screen));
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

    /** What the stage shows now. */
    Parent shown() {
        return stage.getScene().getRoot();
    }

    /** The ids of the requests the form opened, in order. */
    List<String> opened() {
        return routes.calls().stream().filter(call -> call.startsWith("openRequest:"))
                .map(call -> call.substring("openRequest:".length())).toList();
    }

    /** Waits for the form to open a request; its id. */
    String awaitOpened() {
        waitUntil(() -> !opened().isEmpty());
        return opened().get(0);
    }

    void save(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        Path[] saved = new Path[1];
        robot.interact(() -> {
            try {
                saved[0] = Screenshots.save(scene, name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertTrue(saved[0].toFile().length() > 0);
    }

    String text(String query) {
        Node node = robot.lookup(query).query();
        return node instanceof Label label ? label.getText() : ((TextField) node).getText();
    }

    boolean inError(String query) {
        return robot.lookup(query).query().getPseudoClassStates().contains(Styles.STATE_DANGER);
    }

    /** Shown on screen: the node and all its ancestors visible. */
    boolean visible(String query) {
        for (Node node = robot.lookup(query).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(8, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 8 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The one request the sandbox holds. */
    JsonNode onlyRequest() {
        JsonNode requests = control.state().get("requests");
        assertEquals(1, requests.size());
        return requests.get(0);
    }
}
