package io.xraydesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.ui.shell.Navigator;
import io.xraydesk.ui.shell.Screen;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The start-up probe's mark: the first laid-out screen with a usable field and its data on it, once. */
@ExtendWith(ApplicationExtension.class)
class StartupProbeTest {

    private final AtomicInteger marks = new AtomicInteger();
    private final StackPane host = new StackPane();
    private final Navigator navigator = new Navigator(host);

    /** A screen with one text field, whose data comes when the test says. */
    private static final class ReadingScreen implements Screen {
        final TextField search = new TextField();
        boolean dataShown;

        @Override
        public String titleKey() {
            return "dashboard.title";
        }

        @Override
        public Node view() {
            return search;
        }

        @Override
        public boolean showsItsData() {
            return dataShown;
        }

        @Override
        public void activate() {
        }

        @Override
        public void deactivate() {
        }
    }

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(host, 400, 200);
        StartupProbe.watch(scene, () -> navigator, marks::incrementAndGet);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void waitsForTheScreensDataAndMarksOnce(FxRobot robot) throws InterruptedException {
        ReadingScreen screen = new ReadingScreen();
        screen.search.setDisable(true);
        robot.interact(() -> navigator.show(screen));
        assertEquals(0, afterALayout(robot), "a disabled field is not usable");

        robot.interact(() -> screen.search.setDisable(false));
        assertEquals(0, afterALayout(robot), "a usable field without the screen's data is not the mark");

        screen.dataShown = true;
        assertEquals(1, afterALayout(robot), "the field usable and the data shown");
        assertEquals(1, afterALayout(robot), "marked once");
    }

    /** The marks so far, after a layout pulse of the scene (its listeners run in order: the probe's first). */
    private int afterALayout(FxRobot robot) throws InterruptedException {
        CountDownLatch laidOut = new CountDownLatch(1);
        Runnable listener = laidOut::countDown;
        robot.interact(() -> {
            host.getScene().addPostLayoutPulseListener(listener);
            host.requestLayout();
        });
        assertTrue(laidOut.await(10, TimeUnit.SECONDS), "no layout pulse");
        robot.interact(() -> host.getScene().removePostLayoutPulseListener(listener));
        return marks.get();
    }
}
