package io.xraydesk.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test of the whole application on TestFX's stage: each test starts it in a data folder of its own
 * ({@link #home}) and stops it afterwards, undoing what start-up changed for the whole process.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WholeAppTest {

    @TempDir
    Path home;

    Stage stage;
    IsolatedApp app;

    @BeforeEach
    void startTheApplication() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = new IsolatedApp(home);
        FxToolkit.setupFixture(() -> app.start(stage));
    }

    @AfterEach
    void stopTheApplication(FxRobot robot) {
        app.stopAndReset(robot);
    }
}
