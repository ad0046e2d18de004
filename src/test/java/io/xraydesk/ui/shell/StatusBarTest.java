package io.xraydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.DirectUiExecutor;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StatusBarTest {

    @Test
    void theSpinnerShowsAndTurnsOnlyWhileWorkRuns(FxRobot robot) throws Exception {
        try (BackgroundTasks tasks = new BackgroundTasks(new DirectUiExecutor())) {
            StatusBar bar = new StatusBar(tasks.activity());
            robot.interact(() -> new Scene(bar));
            List<Node> spinners = bar.getChildren().stream()
                    .filter(node -> node.getStyleClass().contains("busy-spinner")).toList();
            assertEquals(1, spinners.size());
            Node spinner = spinners.get(0);
            assertEquals(bar.getChildren().indexOf(bar.activityText) - 1, bar.getChildren().indexOf(spinner));
            assertEquals(AccessibleRole.PROGRESS_INDICATOR, spinner.getAccessibleRole());
            assertFalse(spinner.isVisible());
            assertFalse(spinner.isManaged(), "takes no room while nothing runs");

            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            tasks.task("first", progress -> release.await(5, TimeUnit.SECONDS)).onSuccess(v -> done.countDown()).start();
            assertTrue(spinner.isVisible());
            double before = spinner.getRotate();
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> spinner.getRotate() != before);

            release.countDown();
            assertTrue(done.await(5, TimeUnit.SECONDS));
            assertFalse(spinner.isVisible());
            double stopped = spinner.getRotate();
            Thread.sleep(200);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(stopped, spinner.getRotate(), "a stopped spinner asks for no frame");
        }
    }
}
