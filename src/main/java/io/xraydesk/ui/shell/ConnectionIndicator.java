package io.xraydesk.ui.shell;

import io.xraydesk.core.session.ConnectionMonitor;
import io.xraydesk.ui.concurrent.UiExecutor;
import java.util.Objects;

/**
 * The one writer of the status bar's connection state. Its source is the session's {@link
 * ConnectionMonitor}, which hears every call of the session's clients; signing in shows Online (the sign-in check has just reached the API) and
 * signing out clears it. Outlives window rebuilds: a new window shows the state at once.
 */
public final class ConnectionIndicator {

    private final UiExecutor ui;
    /** Touched on the UI thread only. */
    private MainWindow window;
    private ConnectionState state;

    public ConnectionIndicator(UiExecutor ui) {
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /** The window whose status bar shows the state from now on (UI thread). */
    public void showIn(MainWindow target) {
        this.window = target;
        apply();
    }

    /** The source: the session's connection, reported from any thread. */
    public void connectionChanged(ConnectionMonitor.State state) {
        ui.execute(() -> set(ConnectionState.of(state)));
    }

    /** Signed in (true) or out (UI thread). */
    public void sessionChanged(boolean signedIn) {
        set(signedIn ? ConnectionState.ONLINE : null);
    }

    private void set(ConnectionState next) {
        state = next;
        apply();
    }

    private void apply() {
        if (window == null) {
            return;
        }
        if (state == null) {
            window.clearConnectionState();
        } else {
            window.setConnectionState(state);
        }
    }
}
