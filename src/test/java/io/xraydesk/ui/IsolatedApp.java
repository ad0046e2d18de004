package io.xraydesk.ui;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.sandbox.SandboxUser;
import io.xraydesk.store.AppPaths;
import io.xraydesk.ui.dashboard.DashboardScreen;
import io.xraydesk.ui.login.SignInScreen;
import io.xraydesk.ui.widgets.Dialogs;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole application for a test, its data in a folder of the test's: English and the light
 * theme by launch option, or the saved preferences when started without launch options.
 */
final class IsolatedApp extends App {

    private final Path home;
    private final Map<String, String> launchOptions;

    IsolatedApp(Path home) {
        this(home, Map.of("lang", "en", "theme", "light"));
    }

    IsolatedApp(Path home, Map<String, String> launchOptions) {
        this.home = home;
        this.launchOptions = Map.copyOf(launchOptions);
    }

    @Override
    Map<String, String> launchOptions() {
        return launchOptions;
    }

    @Override
    AppPaths paths() {
        return AppPaths.at(home);
    }

    /** The screen in the window; null before the window is built. */
    Object currentScreen() {
        return shell() == null ? null : shell().navigator().current().orElse(null);
    }

    /** Signs in as the sandbox's demo user, prefilled on a fresh data folder: one click. */
    void signInWithTheDemo(FxRobot robot) throws Exception {
        waitFor(() -> currentScreen() instanceof SignInScreen && robot.lookup("#user-id").tryQuery()
                .map(field -> !((TextField) field).getText().isEmpty()).orElse(false));
        robot.clickOn("#signin-button");
        waitFor(() -> currentScreen() instanceof DashboardScreen);
    }

    /** Waits for {@code condition} (15 s at most), then for the FX events it set off. */
    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** As {@link #waitFor}, {@code condition} read on the FX thread: for conditions on the window's nodes. */
    static void waitOnFx(Callable<Boolean> condition) throws Exception {
        waitFor(() -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    /** Stops it and undoes what start-up changed for the whole process. */
    void stopAndReset(FxRobot robot) {
        robot.interact(this::stop);
        Locale.setDefault(Locale.ENGLISH);
        // Start-up installs the process-wide redaction; later test classes expect the default (withhold all).
        Dialogs.installRedaction(details -> "");
    }

    /** The embedded sandbox the app signed in to (started by the sign-in screen's demo account). */
    SandboxServer sandbox() {
        return opener().sandbox().running().orElseThrow(() -> new AssertionError("the sandbox is not running"));
    }

    /** A client of the sandbox's demo user, outside the app: what another analyst's tool would do. */
    OctoberClient demoClient() {
        SandboxUser demo = sandbox().demoUser();
        return new OctoberClient(ApiCredentials.of(sandbox().apiBaseUri(), demo.userId(), demo.token()),
                HttpClient.newHttpClient(), RetryPolicy.none());
    }
}
