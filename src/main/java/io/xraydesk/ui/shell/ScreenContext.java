package io.xraydesk.ui.shell;

import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.context.AppContext;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.context.SessionWork;
import java.util.Objects;

/**
 * The one thing every screen is given: the application ({@link AppContext}: stores, session, session
 * work), the window around it ({@link Shell}: dialogs, notifications, the task executor) and where
 * it may send the analyst ({@link Routes}). Tests build one over a temporary data folder.
 */
public record ScreenContext(AppContext app, Shell shell, Routes routes) {

    public ScreenContext {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(shell, "shell");
        Objects.requireNonNull(routes, "routes");
    }

    public AppServices services() {
        return app.services();
    }

    /** The one task executor: every screen's slow work runs here, results come back on the UI thread. */
    public BackgroundTasks tasks() {
        return shell.tasks();
    }

    /** The signed-in session's work; screens of a session are only built while signed in. */
    public SessionWork work() {
        return app.work().orElseThrow(() -> new IllegalStateException("signed out"));
    }
}
