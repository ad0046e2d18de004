package io.xraydesk.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ToastsTest {

    private Toasts toasts;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 600, 400));
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

        Button open = robot.lookup(".notification-bar .button")
                .match(node -> "Open".equals(((Button) node).getText())).queryButton();
        robot.interact(open::fire);
        assertTrue(opened.await(5, TimeUnit.SECONDS));
    }
}
