package io.xraydesk.ui.requestpage;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the tests of an analysed request's page share: the request made before each test in a folder of
 * its own, the test's window to open its page in ({@link AnalysedRequest#open}), and after each test the
 * page that was opened deactivated and the fixture closed.
 */
@ExtendWith(ApplicationExtension.class)
abstract class AnalysedPageTest {

    @TempDir
    Path folder;

    Stage stage;
    AnalysedRequest analysed;
    /** The page a test opened, deactivated after it; none when the test opens none. */
    RequestPage page;

    @BeforeEach
    void request() throws TimeoutException {
        // The stage the extension registered: its @Start methods are looked up on the test class only.
        stage = FxToolkit.registerPrimaryStage();
        analysed = analysed(folder);
    }

    /** The request the tests work on: by default with a bank statement sent and its reports received. */
    AnalysedRequest analysed(Path folder) {
        return new AnalysedRequest(folder);
    }

    @AfterEach
    void close(FxRobot robot) {
        if (page != null) {
            robot.interact(page::deactivate);
        }
        analysed.close();
    }
}
