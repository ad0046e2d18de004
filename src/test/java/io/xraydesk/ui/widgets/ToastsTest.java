package io.xraydesk.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.ui.Screenshots;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ToastsTest {

    private Toasts toasts;

    @Start
    void start(Stage stage) {
        new ThemeManager(ThemeChoice.LIGHT);
        Scene scene = new Scene(new StackPane(), 600, 400);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
        toasts = new Toasts(stage);
    }

    @Test
    void aNotificationShowsItsTextsAndRunsItsActionWhenClicked(FxRobot robot) throws Exception {
        CountDownLatch opened = new CountDownLatch(1);
        robot.interact(() -> toasts.show(Toasts.Kind.INFO, "Report ready", "ACME SAS: Financial X-Ray",
                "Open", opened::countDown));

        Label text = robot.lookup(".notification-bar .label")
                .match(node -> "ACME SAS: Financial X-Ray".equals(((Label) node).getText()))
                .queryAs(Label.class);
        assertEquals("ACME SAS: Financial X-Ray", text.getText());

        // For the screenshot only: let the fade-in finish.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fullyOpaque(text));
        Screenshots.save(text.getScene(), "toast-light-en");

        Button open = robot.lookup(".notification-bar .button")
                .match(node -> "Open".equals(((Button) node).getText())).queryButton();
        robot.interact(open::fire);
        assertTrue(opened.await(5, TimeUnit.SECONDS));
    }

    @Test
    void aBurstShowsAFewNotificationsAndTellsTheRestInOneLineOnceTheyFade(FxRobot robot) throws Exception {
        Toasts quick = new Toasts(robot.listTargetWindows().get(0), Duration.millis(400));
        robot.interact(() -> {
            for (int i = 0; i < 10; i++) {
                quick.show(Toasts.Kind.INFO, "Report ready", "Company " + i + ": ESG X-Ray");
            }
        });
        assertEquals(Toasts.AT_ONCE, robot.lookup(".notification-bar .label")
                .match(node -> ((Label) node).getText().startsWith("Company ")).queryAll().size());

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar .label")
                .match(node -> ((Label) node).getText().contains(String.valueOf(10 - Toasts.AT_ONCE)))
                .tryQuery().isPresent());
    }

    private static boolean fullyOpaque(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getOpacity() < 1) {
                return false;
            }
        }
        return true;
    }
}
