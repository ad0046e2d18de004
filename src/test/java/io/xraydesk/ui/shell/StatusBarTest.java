package io.xraydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.DirectUiExecutor;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ProgressIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class StatusBarTest {

    @Test
    void theSpinnerIsMadeWhenWorkFirstRunsAndShownOnlyWhileItRuns() throws Exception {
        try (BackgroundTasks tasks = new BackgroundTasks(new DirectUiExecutor())) {
            StatusBar bar = new StatusBar(tasks.activity());
            assertEquals(List.of(), spinners(bar));

            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            tasks.task("first", progress -> release.await(5, TimeUnit.SECONDS)).onSuccess(v -> done.countDown()).start();
            List<ProgressIndicator> made = spinners(bar);
            assertEquals(1, made.size());
            assertTrue(made.get(0).isVisible());
            assertEquals(bar.getChildren().indexOf(bar.activityText) - 1, bar.getChildren().indexOf(made.get(0)));

            release.countDown();
            assertTrue(done.await(5, TimeUnit.SECONDS));
            assertFalse(made.get(0).isVisible());
            CountDownLatch second = new CountDownLatch(1);
            tasks.task("second", progress -> null).onSuccess(v -> second.countDown()).start();
            assertTrue(second.await(5, TimeUnit.SECONDS));
            assertEquals(made, spinners(bar), "one spinner, reused for later work");
        }
    }

    private static List<ProgressIndicator> spinners(StatusBar bar) {
        return bar.getChildren().stream().filter(ProgressIndicator.class::isInstance)
                .map(ProgressIndicator.class::cast).toList();
    }
}
