package io.xraydesk.ui;

import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.ApiEndpoints;
import io.xraydesk.core.session.NetworkConnections;
import io.xraydesk.core.session.Session;
import io.xraydesk.core.session.SessionGuard;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.SecretKeys;
import io.xraydesk.store.Settings;
import io.xraydesk.ui.context.AppContext;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.context.SessionWork;
import io.xraydesk.ui.dashboard.DashboardScreen;
import io.xraydesk.ui.login.ProfileKeeper;
import io.xraydesk.ui.login.SignInScreen;
import io.xraydesk.ui.newrequest.NewRequestScreen;
import io.xraydesk.ui.portfolio.PortfolioImportWindow;
import io.xraydesk.ui.report.ExportTargetChooser;
import io.xraydesk.ui.report.ReportViews;
import io.xraydesk.ui.requestpage.RequestPage;
import io.xraydesk.ui.settings.NetworkSettingsDialog;
import io.xraydesk.ui.settings.PreferencesDialog;
import io.xraydesk.ui.shell.LanguageChoice;
import io.xraydesk.ui.shell.MenuCommand;
import io.xraydesk.ui.shell.Routes;
import io.xraydesk.ui.shell.Screen;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.shell.Shell;
import io.xraydesk.ui.shell.StartScreen;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.upload.UploadPanel;
import io.xraydesk.ui.widgets.Dialogs;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * The application's {@link Routes} and the one owner of navigation: which screen answers each
 * destination, and what the window shows about the session. Also the one owner of a refused token:
 * every task's failure passes its {@link SessionGuard} first (the executor's failure filter), so a 401
 * from any screen, action or background work ends on the sign-in screen with the same reason and
 * comes back to the interrupted screen afterwards. Screens of the signed-in session (dashboard, new
 * request, request pages) use the session's {@link SessionWork}. Built on the FX thread once the
 * {@link AppContext} is open; rebuilt with the window.
 */
public final class AppRoutes implements Routes {

    private final Shell shell;
    private final AppContext app;
    private final AppServices services;
    private final ScreenContext context;
    private final SignInScreen signInScreen;
    private final SessionGuard guard;
    /** Screens of the signed-in session, built on first use and again when the session changes. */
    private DashboardScreen dashboard;
    private NewRequestScreen newRequestScreen;
    private SessionWork screensWork;
    private PortfolioImportWindow portfolioWindow;
    /** The last screen a route showed; its destination is the history's current one. */
    private Screen routedScreen;
    private final NavigationHistory history;
    /** The new-request form of the window before a rebuild: what was typed there is not lost. */
    private NewRequestScreen formBeforeRebuild;
    /** The request page of the window before a rebuild: the page built anew opens where it was. */
    private RequestPage pageBeforeRebuild;
    /** Where a refused token interrupted the analyst, and whose profile it was: shown again after signing in. */
    private Runnable interrupted;
    private String interruptedProfileId;

    /**
     * @param previous the routes of the window before a rebuild (a language change), whose history
     *     and new-request form are carried over; null at start
     */
    AppRoutes(Shell shell, AppContext app, AppRoutes previous) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.history = previous == null ? new NavigationHistory() : previous.history;
        this.formBeforeRebuild = previous == null ? null : previous.newRequestScreen;
        this.pageBeforeRebuild = previous != null && previous.routedScreen instanceof RequestPage page ? page : null;
        this.app = Objects.requireNonNull(app, "app");
        this.services = app.services();
        this.context = new ScreenContext(app, shell, this);
        this.signInScreen = new SignInScreen(context, this::connection);
        // Failures arrive on the FX thread (BackgroundTasks callbacks), where navigating is allowed.
        this.guard = new SessionGuard(this::tokenRefused);
        shell.tasks().setFailureFilter(guard::signedOutBy);
        shell.window().on(MenuCommand.NETWORK_SETTINGS, this::networkSettings);
        shell.window().on(MenuCommand.SIGN_OUT, this::signOut);
        shell.window().on(MenuCommand.NEW_REQUEST, this::newRequest);
        // Without it a request page is a dead end: nothing else leads back to the list.
        shell.window().on(MenuCommand.REQUESTS, this::showDashboard);
        shell.window().on(MenuCommand.OPEN_REQUEST,
                () -> signedIn().ifPresent(w -> dashboardScreen(w).openRequestById()));
        shell.window().on(MenuCommand.IMPORT_PORTFOLIO, this::importPortfolio);
        shell.window().on(MenuCommand.PREFERENCES, this::preferences);
        shell.window().on(MenuCommand.BACK, this::back);
        shell.window().item(MenuCommand.BACK).disableProperty().bind(history.canGoBackProperty().not());
        showSession(app.session());
    }

    /**
     * The destination before the data folder is open, when there is no session to route yet: the
     * start screen, whose one command waits for the rest of the application.
     */
    public static void showStart(Shell shell) {
        shell.navigator().show(new StartScreen(shell.window().item(MenuCommand.NEW_REQUEST)));
    }

    /** Where a refused token met outside any task (the watcher, an upload) goes: the same path. */
    public void authenticationLost(Throwable failure) {
        guard.signedOutBy(failure);
    }

    public Shell shell() {
        return shell;
    }

    public SignInScreen signInScreen() {
        return signInScreen;
    }

    /**
     * The start-up destination: where the analyst was when a session is open (the window was rebuilt
     * in another language), else the sign-in screen, signing in at once with the last profile when
     * its token is remembered.
     */
    public void start() {
        if (app.session() != null) {
            history.current().ifPresentOrElse(this::reach, this::dashboard);
            pageBeforeRebuild = null;
            return;
        }
        shell.navigator().show(signInScreen);
        signInScreen.start(true);
    }

    @Override
    public void signIn(String reason) {
        history.clear();
        closeImportWindow();
        signInScreen.showReason(reason);
        // The leaving screen deactivates while its session's work still runs: what it saves on leaving
        // (a note's draft) reaches the store before that work closes.
        shell.navigator().show(signInScreen);
        app.setSession(null);
    }

    /**
     * After signing in: back where a refused token interrupted the analyst (same profile only, so
     * the work there is not lost), else the dashboard. The destination is reached again rather than
     * the old screen shown: its watcher and uploads belonged to the session that ended.
     */
    @Override
    public void dashboard() {
        Runnable resume = interrupted;
        boolean sameProfile = app.session() != null
                && app.session().profile().id().equals(interruptedProfileId);
        interrupted = null;
        interruptedProfileId = null;
        if (resume != null && sameProfile) {
            resume.run();
        } else {
            showDashboard();
        }
    }

    /** The requests list. */
    public void showDashboard() {
        signedIn().ifPresent(w -> show(dashboardScreen(w), new Destination.Requests()));
    }

    /** Back to the place before this one (button, Alt+Left, the mouse's back button, Escape); else the list. */
    @Override
    public void back() {
        history.back().ifPresentOrElse(this::reach, this::showDashboard);
    }

    /** Shows {@code destination} again, with screens of this window and session. */
    private void reach(Destination destination) {
        if (destination instanceof Destination.Request request) {
            openRequest(request.requestId());
        } else if (destination instanceof Destination.NewRequest) {
            showNewRequest(false);
        } else {
            showDashboard();
        }
    }

    @Override
    public void newRequest() {
        showNewRequest(true);
    }

    /** The form, emptied when {@code empty} and not already in front (a resumed form keeps its values). */
    private void showNewRequest(boolean empty) {
        signedIn().ifPresent(w -> {
            if (newRequestScreen == null) {
                newRequestScreen = new NewRequestScreen(context);
                if (formBeforeRebuild != null) {
                    newRequestScreen.keepTypedFrom(formBeforeRebuild);
                    formBeforeRebuild = null;
                }
            }
            if (empty && shell.navigator().current().orElse(null) != newRequestScreen) {
                newRequestScreen.clear();
            }
            show(newRequestScreen, new Destination.NewRequest());
        });
    }

    private void show(Screen screen, Destination destination) {
        routedScreen = screen;
        history.arrived(destination);
        shell.navigator().show(screen);
    }

    @Override
    public void openRequest(String requestId) {
        requestPage(requestId);
    }

    @Override
    public void openReport(String requestId, String reportId) {
        requestPage(requestId).ifPresent(page -> page.showReport(reportId));
    }

    private Optional<RequestPage> requestPage(String requestId) {
        return signedIn().map(w -> {
            if (!w.watcher().isWatching(requestId)) {
                w.watcher().watch(requestId, RequestOrigin.OPENED_BY_ID);
            }
            RequestPage page = new RequestPage(context, requestId,
                    id -> new UploadPanel(w.uploads(), id, shell.tasks(), shell.tasks().ui(), Clock.systemDefaultZone()),
                    (request, reports, report) -> new ReportViews(shell.tasks(), request, () -> reports,
                            ExportTargetChooser.saveAs(this::exportFolder)).viewFor(report),
                    ExportTargetChooser.saveAs(this::exportFolder));
            if (pageBeforeRebuild != null && pageBeforeRebuild.requestId().equals(requestId)) {
                page.keepPlaceFrom(pageBeforeRebuild);
            }
            show(page, new Destination.Request(requestId));
            return page;
        });
    }

    /** The folder the preferences name for exports, if any. */
    private Optional<Path> exportFolder() {
        try {
            return Optional.ofNullable(services.settings().exportFolder()).map(Path::of);
        } catch (InvalidPathException editedByHand) {
            return Optional.empty();
        }
    }

    /** The session's background work, or the sign-in screen when there is none (signed out meanwhile). */
    private Optional<SessionWork> signedIn() {
        Optional<SessionWork> current = app.work();
        if (current.isEmpty()) {
            signIn(null);
        }
        return current;
    }

    private DashboardScreen dashboardScreen(SessionWork current) {
        sessionScreens(current);
        if (dashboard == null) {
            dashboard = new DashboardScreen(context, Clock.systemUTC(), ExportTargetChooser.saveAs(this::exportFolder));
        }
        return dashboard;
    }

    /** Forgets the dashboard of a previous session: it holds that session's watcher. */
    private void sessionScreens(SessionWork current) {
        if (screensWork != current) {
            screensWork = current;
            dashboard = null;
        }
    }

    /**
     * File ▸ Import a portfolio…: the import window, beside the main one (it needs a session). One at a time:
     * two runs of the same list side by side could create the same company twice.
     */
    public void importPortfolio() {
        signedIn().ifPresent(w -> {
            if (portfolioWindow == null || !portfolioWindow.isShowing()) {
                portfolioWindow = new PortfolioImportWindow(context);
            }
            portfolioWindow.show();
        });
    }

    /**
     * The import window works with the session that is ending (its client, its upload queue): it closes
     * with it. Nothing done is lost: the import's journal lets the same list continue once signed in
     * again (docs/portfolio.md).
     */
    private void closeImportWindow() {
        if (portfolioWindow != null) {
            portfolioWindow.close();
            portfolioWindow = null;
        }
    }

    @Override
    public void networkSettings() {
        URI target = app.session() != null ? app.session().credentials().baseUrl() : ApiEndpoints.PRODUCTION;
        new NetworkSettingsDialog(context, target).show();
    }

    /** Settings ▸ Preferences…: saved choices are applied here, the language last (it rebuilds the window). */
    public void preferences() {
        new PreferencesDialog(context, this::applyPreferences).show();
    }

    private void applyPreferences(Settings saved) {
        shell.themes().select(ThemeChoice.of(saved.theme()));
        app.work().ifPresent(work -> work.uploads().setConcurrency(saved.uploadConcurrency()));
        shell.window().chooseLanguage(LanguageChoice.parse(saved.locale()));
    }

    /**
     * The connection settings every call uses, from the saved network settings and the proxy
     * password in the secret store. Blocking (trust files, keychain): call off the FX thread.
     */
    public ConnectionSettings connection() {
        Settings settings = services.settings();
        Optional<String> proxyPassword = services.secrets().store().read(SecretKeys.PROXY_PASSWORD);
        return NetworkConnections.settings(settings.network(), proxyPassword);
    }

    /** File ▸ Sign out: asks whether to forget the remembered token too, then back to sign-in. */
    public void signOut() {
        Session session = app.session();
        if (session == null) {
            signIn(null);
            return;
        }
        ButtonType keep = new ButtonType(Messages.get("signout.keep"), ButtonBar.ButtonData.OK_DONE);
        ButtonType forget = new ButtonType(Messages.get("signout.forget"), ButtonBar.ButtonData.OTHER);
        Optional<ButtonType> answer = shell.dialogs().choose(Messages.get("signout.title"),
                Messages.get("signout.message"), keep, forget, Dialogs.cancelButton());
        if (answer.isEmpty() || answer.get().getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE) {
            return;
        }
        if (answer.get() == forget) {
            Settings current = services.settings();
            shell.tasks().task("forget token", progress -> new ProfileKeeper(services).forgetToken(current,
                            session.profile()))
                    .onSuccess(services::publishSettings)
                    .onFailure(failure -> shell.dialogs().error(Messages.get("signout.forget.failed"), failure))
                    .start();
        }
        signIn(Messages.get("signin.reason.signed_out"));
    }

    private void tokenRefused(String reason) {
        Session refused = app.session();
        Screen current = shell.navigator().current().orElse(null);
        if (refused != null && current != null && current != signInScreen) {
            Destination routed = history.current().orElse(null);
            interrupted = current == routedScreen && routed != null ? () -> reach(routed)
                    : () -> shell.navigator().show(current);
            interruptedProfileId = refused.profile().id();
        }
        signIn(reason);
    }

    /** Who is signed in where, in the window's title and menus (FX thread). */
    public void showSession(Session session) {
        if (session == null) {
            shell.window().setSignedInUser(null);
            return;
        }
        shell.window().setEnvironment(session.profile().environment());
        shell.window().setSignedInUser(session.profile().userId());
    }
}
