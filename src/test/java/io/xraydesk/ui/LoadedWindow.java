package io.xraydesk.ui;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.Settings;
import io.xraydesk.store.SettingsStore;
import io.xraydesk.store.WebhookReceiverSettings;
import io.xraydesk.ui.context.SessionWork;
import io.xraydesk.ui.shell.Screen;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The real application for benchmarks outside this package: an {@link IsolatedApp} whose data
 * folder turns the webhook receiver on, and the handles a benchmark needs to load it (the sandbox,
 * the session's work, the routes).
 */
public final class LoadedWindow {

    private final IsolatedApp app;

    private LoadedWindow(IsolatedApp app) {
        this.app = app;
    }

    /**
     * Starts the app in {@code stage} over the data folder {@code home}, its webhook receiver on
     * {@code webhookPort}; on the FX thread.
     */
    public static LoadedWindow start(Stage stage, Path home, int webhookPort) throws IOException {
        SettingsStore.forApp(AppPaths.at(home)).save(Settings.DEFAULTS
                .withWebhookReceiver(new WebhookReceiverSettings(true, webhookPort)));
        IsolatedApp app = new IsolatedApp(home);
        app.start(stage);
        return new LoadedWindow(app);
    }

    /** The screen in the window; empty before the data folder is open. */
    public Optional<Screen> current() {
        return app.shell() == null ? Optional.empty() : app.shell().navigator().current();
    }

    public SandboxServer sandbox() {
        return app.sandbox();
    }

    /** A client of the sandbox's demo user, outside the app. */
    public OctoberClient demoClient() {
        return app.demoClient();
    }

    /** The signed-in session's watcher and uploads. */
    public SessionWork work() {
        return app.context().work().orElseThrow(() -> new IllegalStateException("not signed in"));
    }

    /** Opens a request's page at one report, as a notification's click does; on the FX thread. */
    public void openReport(String requestId, String reportId) {
        app.routes().openReport(requestId, reportId);
    }

    /** Back to the requests list, as Go ▸ Requests does; on the FX thread. */
    public void showDashboard() {
        app.routes().showDashboard();
    }

    public void stop(FxRobot robot) {
        app.stopAndReset(robot);
    }
}
