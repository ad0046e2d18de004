package io.xraydesk.ui;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.core.requests.SandboxSessions;
import io.xraydesk.core.session.EmbeddedSandbox;
import io.xraydesk.core.session.Session;
import io.xraydesk.core.session.SessionOpener;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.core.session.ConnectionMonitor;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LoadResult;
import io.xraydesk.store.MemorySecretStore;
import io.xraydesk.store.SecretStoreChoice;
import io.xraydesk.store.Settings;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.context.AppContext;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.context.SessionEvents;
import io.xraydesk.ui.context.SessionWork;
import io.xraydesk.ui.login.TestServices;
import io.xraydesk.ui.shell.LanguageChoice;
import io.xraydesk.ui.shell.MainWindow;
import io.xraydesk.ui.shell.Routes;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.shell.Shell;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.widgets.Dialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;

/**
 * The {@link ScreenContext} a screen under test is given: the test's window, stores and recorded
 * routes. Session work never starts by itself here: the test drives its watcher.
 */
public final class TestContexts {

    /** Session events nobody listens to: a screen test asserts what the screen itself does. */
    public static final SessionEvents IGNORED = new SessionEvents() {
        @Override
        public void authenticationLost(AuthenticationException failure) {
        }

        @Override
        public void connectionChanged(ConnectionMonitor.State state) {
        }

        @Override
        public void startFailed(Throwable failure) {
        }
    };

    private TestContexts() {
    }

    /** A window around screens that a test places in its own scene (FX thread). */
    public static Shell shell(Stage stage, BackgroundTasks tasks) {
        ThemeManager themes = new ThemeManager(ThemeChoice.LIGHT);
        MainWindow window = new MainWindow(themes, tasks, LanguageChoice.ENGLISH, choice -> { });
        return new Shell(stage, window, tasks, themes, new Dialogs(stage), window.toasts());
    }

    /** Signed out; signing in opens a session whose work is built but not started. */
    public static ScreenContext signedOut(Shell shell, AppServices services, SessionOpener opener, Routes routes) {
        return new ScreenContext(new AppContext(services, opener, IGNORED, work -> { }), shell, routes);
    }

    /**
     * Signed in as the sandbox's demo user, over the fixture's database and watcher (on its fake
     * clock); settings and secrets in {@code home}.
     */
    public static ScreenContext over(SandboxFixture fixture, Shell shell, Routes routes, Path home) {
        AppServices services = new AppServices(AppPaths.at(home), TestServices.settingsStore(home),
                new LoadResult(Settings.DEFAULTS, List.of()),
                new SecretStoreChoice(new MemorySecretStore(), Optional.empty()), fixture.database);
        Session session = SandboxSessions.open(fixture.sandbox, fixture.sandbox.apiBaseUri(), Optional.empty());
        UploadQueue uploads = new UploadQueue(fixture.database.uploadJournal(), session.client(), session.uploader(), 1);
        return signedIn(shell, services, routes, session, new SessionWork(session, fixture.database, uploads,
                fixture.watcher));
    }

    /** Signed in to {@code session}, whose work is {@code work} (built over the test's own watcher). */
    public static ScreenContext signedIn(Shell shell, AppServices services, Routes routes, Session session,
            SessionWork work) {
        AppContext app = new AppContext(services, new SessionOpener(new EmbeddedSandbox()), IGNORED, job -> { },
                (opened, database, settings, events) -> work);
        app.setSession(session);
        return new ScreenContext(app, shell, routes);
    }
}
