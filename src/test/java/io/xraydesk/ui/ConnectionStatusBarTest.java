package io.xraydesk.ui;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.testing.SandboxControl;
import io.xraydesk.ui.dashboard.DashboardScreen;
import io.xraydesk.ui.login.SignInScreen;
import io.xraydesk.ui.requestpage.RequestPage;
import io.xraydesk.ui.shell.ConnectionState;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar says how the API answers the session's calls, from the session's connection
 * monitor: Online while polls succeed, "Server errors" while they get 5xx, Offline when connections
 * fail, Online again once they come back. The whole application against its sandbox.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionStatusBarTest {

    @TempDir
    Path home;

    private IsolatedApp app;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        app = new IsolatedApp(home);
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.stopAndReset(robot);
    }

    @Test
    void followsWhatThePollsOfAWatchedRequestGet(FxRobot robot) throws Exception {
        waitFor(20, () -> current() instanceof SignInScreen && !text(robot, "#user-id").isEmpty());
        robot.clickOn("#signin-button");
        waitFor(20, () -> current() instanceof DashboardScreen);
        // Just created: its ESG and Manager X-Rays are coming, so the watcher polls it.
        AnalysisRequest request = app.demoClient().createRequest(
                new NewRequest(CompanyCode.siren("732829320"), "ACME SAS", null, null));
        robot.interact(() -> app.routes().openRequest(request.id()));
        waitFor(20, () -> current() instanceof RequestPage);
        waitFor(20, () -> shows(robot, ConnectionState.ONLINE));

        SandboxControl control = new SandboxControl(app.sandbox());
        control.armApiFault("GET", "/requests/*", "status503", 1000, 0);
        waitFor(20, () -> shows(robot, ConnectionState.SERVER_ERRORS));

        control.disarmApiFaults();
        control.armApiFault("GET", "/requests/*", "reset", 1000, 0);
        long armed = System.nanoTime();
        waitFor(20, () -> shows(robot, ConnectionState.OFFLINE));
        // The ten-second rule itself is measured in ConnectionMonitorTest; here, the figure as the analyst sees it.
        System.out.printf("status-bar-offline-after: %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - armed));

        control.disarmApiFaults();
        waitFor(30, () -> shows(robot, ConnectionState.ONLINE));
    }

    private static boolean shows(FxRobot robot, ConnectionState state) {
        return Messages.get(state.messageKey()).equals(text(robot, "#connection-state"));
    }

    private Object current() {
        return app.shell().navigator().current().orElse(null);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> node instanceof TextField field ? field.getText()
                : node instanceof Label label ? label.getText() : "").orElse("");
    }

    private static void waitFor(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
