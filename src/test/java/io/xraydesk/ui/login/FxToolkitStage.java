package io.xraydesk.ui.login;

import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/** The stage TestFX registered for the running test. */
final class FxToolkitStage {

    private FxToolkitStage() {
    }

    static Stage primary() throws TimeoutException {
        return FxToolkit.registerPrimaryStage();
    }
}
