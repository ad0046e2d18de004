package io.xraydesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.store.AppPaths;
import io.xraydesk.store.Settings;
import io.xraydesk.store.SettingsStore;
import io.xraydesk.store.WindowGeometry;
import io.xraydesk.ui.login.SignInScreen;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's size and place, saved as the analyst leaves them and found again at the next launch. */
@ExtendWith(ApplicationExtension.class)
class WindowGeometryTest {

    @TempDir
    Path home;

    private Stage stage;
    private IsolatedApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new IsolatedApp(home);
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.stopAndReset(robot);
    }

    @Test
    void theSizeAndPlaceLeftAreThoseOfTheNextLaunch(FxRobot robot) throws Exception {
        waitFor(() -> current() instanceof SignInScreen);
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(640);
        });
        WindowGeometry left = new WindowGeometry(40, 30, 1000, 640, false);
        waitFor(() -> left.equals(savedSettings().window()));

        restart(robot);
        waitFor(() -> current() instanceof SignInScreen);
        assertEquals(left, new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
    }

    @Test
    void aPlaceOnAScreenThatIsGoneIsBroughtBackOnScreen(FxRobot robot) throws Exception {
        waitFor(() -> current() instanceof SignInScreen);
        robot.interact(() -> {
            stage.setX(-3000);
            stage.setY(40);
            stage.setWidth(900);
            stage.setHeight(600);
        });
        waitFor(() -> savedSettings().window() != null && savedSettings().window().x() == -3000);

        restart(robot);
        waitFor(() -> current() instanceof SignInScreen);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertTrue(screen.contains(stage.getX(), stage.getY()), "top left corner on the screen: " + stage.getX());
        assertEquals(900, stage.getWidth());
        assertEquals(600, stage.getHeight());
    }

    private void restart(FxRobot robot) {
        app.stopAndReset(robot);
        app = new IsolatedApp(home, Map.of("lang", "en", "theme", "light"));
        robot.interact(() -> {
            // A window that opens again at the default size, as a new launch does.
            stage.setX(0);
            stage.setY(0);
            app.start(stage);
        });
    }

    private Settings savedSettings() {
        return new SettingsStore(AppPaths.at(home).settingsFile(), home.resolve("no-presets.json"), Map.of())
                .load().settings();
    }

    private Object current() {
        return app.shell() == null ? null : app.shell().navigator().current().orElse(null);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
