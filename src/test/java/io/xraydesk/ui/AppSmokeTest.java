package io.xraydesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class AppSmokeTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new App().start(stage);
    }

    @Test
    void opensTheMainWindow() {
        assertTrue(stage.isShowing());
        assertTrue(stage.getTitle().contains("X-Ray Desk"));
    }
}
