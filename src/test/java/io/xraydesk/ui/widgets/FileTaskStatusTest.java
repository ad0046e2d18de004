package io.xraydesk.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.DirectUiExecutor;
import io.xraydesk.ui.concurrent.TaskHandle;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A file task's line: nothing made but its words until a task starts, then progress and Cancel, then the links. */
@ExtendWith(ApplicationExtension.class)
class FileTaskStatusTest {

    @Test
    void itsPartsAreMadeWhenATaskFirstNeedsThem() throws Exception {
        try (BackgroundTasks tasks = new BackgroundTasks(new DirectUiExecutor())) {
            FileTaskStatus run = new FileTaskStatus(tasks, "export-status", "Cancelled");
            HBox view = (HBox) run.view();
            assertEquals(1, view.getChildren().size(), "only the words, before any task");
            assertFalse(view.isVisible());

            CountDownLatch release = new CountDownLatch(1);
            TaskHandle writing = tasks.task("write", progress -> {
                release.await();
                return null;
            }).start();
            run.started("Writing…", writing);
            ProgressBar progress = only(view, ProgressBar.class);
            Button cancel = only(view, Button.class);
            assertTrue(view.isVisible() && progress.isVisible() && cancel.isVisible());
            assertEquals("export-status-cancel", cancel.getId());

            cancel.fire();
            release.countDown();
            assertEquals("Cancelled", only(view, Label.class).getText());
            assertFalse(progress.isVisible() || cancel.isVisible(), "nothing runs any more");
            assertTrue(view.getChildren().stream().noneMatch(node -> "saved-links".equals(node.getId())),
                    "no links before a file is saved");

            Path saved = Path.of("portfolio.csv");
            run.saved(saved);
            Node links = view.getChildren().stream().filter(node -> "saved-links".equals(node.getId())).findFirst()
                    .orElseThrow();
            assertTrue(links.isVisible());
            assertEquals(Messages.get("report.export.done", saved.toString()), only(view, Label.class).getText());
            run.say("Select rows first.");
            assertFalse(links.isVisible(), "the links go with the file they were for");
        }
    }

    private static <T extends Node> T only(HBox view, Class<T> type) {
        return view.getChildren().stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> {
            throw new AssertionError("two " + type.getSimpleName());
        }).orElseThrow();
    }
}
