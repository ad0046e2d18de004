package io.xraydesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.ui.widgets.Dialogs;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AppSmokeTest {

    private Stage stage;
    private App app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new App();
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        // Its background start-up must not reach into the next test's window.
        robot.interact(app::stop);
        // Start-up installs the process-wide redaction; later test classes expect the default (withhold all).
        Dialogs.installRedaction(details -> "");
    }

    @Test
    void opensTheMainWindow() {
        assertTrue(stage.isShowing());
        assertTrue(stage.getTitle().contains("X-Ray Desk"));
    }
}
