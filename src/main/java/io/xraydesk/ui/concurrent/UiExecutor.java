package io.xraydesk.ui.concurrent;

/**
 * The one seam through which background results reach the user interface. Production code runs them
 * on the JavaFX application thread ({@link FxUiExecutor}); model tests run them in place
 * ({@link DirectUiExecutor}) so they need no toolkit and no waiting.
 */
@FunctionalInterface
public interface UiExecutor {

    /** Runs {@code action} on the UI thread, later or now, never on the caller's worker thread. */
    void execute(Runnable action);
}
