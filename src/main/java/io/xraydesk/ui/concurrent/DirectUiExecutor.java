package io.xraydesk.ui.concurrent;

/**
 * Runs the action at once on the calling thread. For view-model tests: results are visible as soon
 * as the background work finished, without a JavaFX toolkit. Actions run one at a time, as on a
 * real UI thread: two workers finishing together must not update a model concurrently.
 */
public final class DirectUiExecutor implements UiExecutor {

    @Override
    public synchronized void execute(Runnable action) {
        action.run();
    }
}
