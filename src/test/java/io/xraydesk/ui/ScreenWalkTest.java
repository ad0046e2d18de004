package io.xraydesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.walk.BundleTextCheck;
import io.xraydesk.ui.walk.CrispImageCheck;
import io.xraydesk.ui.walk.CutTextCheck;
import io.xraydesk.ui.walk.Layout;
import io.xraydesk.ui.walk.OutsideWindowCheck;
import io.xraydesk.ui.walk.Walk;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Walks every screen and dialog of the real application over its embedded sandbox ({@link WalkStops}),
 * in English and in French, at 1280 × 720, 1440 × 900 and 1280 × 720 drawn at 200 %, and fails on
 * any cut label, button, tab or column header, any node or window outside the main window, any
 * picture drawn with fewer pixels than the screen gives it (blurred at 200 %), and any text the
 * language bundle cannot have produced (API data aside: {@link WalkData}). Each stop's windows are
 * saved under target/screenshots/walk for a human to look at.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenWalkTest {

    @TempDir
    Path home;
    @TempDir
    Path files;
    private Stage stage;
    private IsolatedApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        new WalkDialogs(robot).closeAll();
        app.stopAndReset(robot);
    }

    @Test
    void everyScreenInEnglish(FxRobot robot) throws Exception {
        walk(robot, "en", Locale.ENGLISH);
    }

    @Test
    void everyScreenInFrench(FxRobot robot) throws Exception {
        walk(robot, "fr", Locale.FRENCH);
    }

    private void walk(FxRobot robot, String language, Locale locale) throws Exception {
        app = new IsolatedApp(home, Map.of("lang", language, "theme", "light"));
        robot.interact(() -> app.start(stage));
        WalkWorld world = new WalkWorld(app, robot, files);
        WalkStops stops = new WalkStops(world, files);
        Walk walk = new Walk(robot, stage, language, Layout.ALL, List.of(new CutTextCheck(), new OutsideWindowCheck(),
                new CrispImageCheck(), new BundleTextCheck(Messages.BUNDLE, locale, WalkData::isData)));
        world.signIn();
        walk.through(stops.beforeAnyRequest());
        world.prepare();
        walk.through(stops.all());
        System.out.println(walk.figures());
        assertEquals("", String.join("\n", walk.problems()), walk.figures());
    }
}
