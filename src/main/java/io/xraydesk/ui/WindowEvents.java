package io.xraydesk.ui;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.ConnectionMonitor;
import io.xraydesk.ui.concurrent.UiExecutor;
import io.xraydesk.ui.context.SessionEvents;
import io.xraydesk.ui.shell.ConnectionIndicator;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Hands the session's background events to their one owner each, on the UI thread: a refused token
 * to the routes' sign-in path, the connection to the status bar's {@link ConnectionIndicator}, a
 * failed start to a dialog. The routes are asked for each time: the window is rebuilt when the
 * language changes.
 */
final class WindowEvents implements SessionEvents {

    private final UiExecutor ui;
    private final Supplier<AppRoutes> routes;
    private final ConnectionIndicator connection;

    WindowEvents(UiExecutor ui, Supplier<AppRoutes> routes, ConnectionIndicator connection) {
        this.ui = Objects.requireNonNull(ui, "ui");
        this.routes = Objects.requireNonNull(routes, "routes");
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public void authenticationLost(AuthenticationException failure) {
        ui.execute(() -> routes.get().authenticationLost(failure));
    }

    @Override
    public void connectionChanged(ConnectionMonitor.State state) {
        connection.connectionChanged(state);
    }

    @Override
    public void startFailed(Throwable failure) {
        ui.execute(() -> routes.get().shell().dialogs().error(Messages.get("startup.session.failed"), failure));
    }
}
