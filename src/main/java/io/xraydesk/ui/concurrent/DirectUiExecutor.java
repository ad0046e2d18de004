package io.xraydesk.ui.concurrent;

/**
 * Runs the action at once on the calling thread. For view-model tests: results are visible as soon
 * as the background work finished, without a JavaFX toolkit.
 */
public final class DirectUiExecutor implements UiExecutor {

    @Override
    public void execute(Runnable action) {
        action.run();
    }
}
