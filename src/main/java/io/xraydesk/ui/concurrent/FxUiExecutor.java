package io.xraydesk.ui.concurrent;

import javafx.application.Platform;

/** Hands work to the JavaFX application thread, always queued so ordering of results is kept. */
public final class FxUiExecutor implements UiExecutor {

    @Override
    public void execute(Runnable action) {
        // Always queue, even when already on the FX thread: callbacks then keep the order they were
        // issued in (a "busy" flag raised before a fast result is also lowered after it).
        Platform.runLater(action);
    }
}
