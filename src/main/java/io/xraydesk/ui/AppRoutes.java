package io.xraydesk.ui;

import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.ApiEndpoints;
import io.xraydesk.core.session.NetworkConnections;
import io.xraydesk.core.session.Session;
import io.xraydesk.core.session.SessionGuard;
import io.xraydesk.core.session.SessionOpener;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.SecretKeys;
import io.xraydesk.store.Settings;
import io.xraydesk.ui.dashboard.DashboardScreen;
import io.xraydesk.ui.login.ProfileKeeper;
import io.xraydesk.ui.login.SignInScreen;
import io.xraydesk.ui.report.ReportViews;
import io.xraydesk.ui.newrequest.NewRequestScreen;
import io.xraydesk.ui.requestpage.RequestPage;
import io.xraydesk.ui.settings.NetworkSettingsDialog;
import io.xraydesk.ui.shell.Screen;
import io.xraydesk.ui.upload.UploadPanel;
import io.xraydesk.ui.widgets.Dialogs;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * The application's {@link Routes}: which screen answers each destination, and what the window
 * shows about the session. Screens of the signed-in session (dashboard, new request, request pages)
 * use the session's {@link SessionWork}: its watcher and its upload queue. Built on the FX thread
 * once {@link AppServices} are open; rebuilt with the window.
 */
public final class AppRoutes implements Routes {

    private final Shell shell;
    private final AppServices services;
    private final SessionOpener opener;
    private final SignInScreen signInScreen;
    private final SessionGuard guard;
    private final Supplier<SessionWork> work;
    /** Screens of the signed-in session, built on first use and again when the session changes. */
    private DashboardScreen dashboard;
    private NewRequestScreen newRequestScreen;
    private SessionWork screensWork;
    /** The screen a refused token interrupted, and whose profile it was: shown again after signing in again. */
    private Screen interrupted;
    private String interruptedProfileId;

    public AppRoutes(Shell shell, AppServices services, SessionOpener opener, Supplier<SessionWork> work) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.services = Objects.requireNonNull(services, "services");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.work = Objects.requireNonNull(work, "work");
        this.signInScreen = new SignInScreen(services, opener, this::connection, this);
        // Failures arrive on the FX thread (BackgroundTasks callbacks), where navigating is allowed.
        this.guard = new SessionGuard(this::tokenRefused);
        shell.window().onNetworkSettings(this::networkSettings);
        shell.window().onSignOut(this::signOut);
        shell.window().onNewRequest(this::newRequest);
        // Without it a request page is a dead end: nothing else leads back to the list.
        shell.window().onRequests(this::showDashboard);
        shell.window().onOpenRequestById(() -> signedIn().ifPresent(w -> dashboardScreen(w).openRequestById()));
        services.sessionProperty().addListener((obs, old, now) -> showSession(now));
        showSession(services.session());
    }

    /** Where every screen reports its background failures: a refused token signs the analyst out. */
    public SessionGuard guard() {
        return guard;
    }

    public SignInScreen signInScreen() {
        return signInScreen;
    }

    /**
     * The start-up destination: the signed-in start when a session is open (the window was rebuilt),
     * else the sign-in screen, signing in at once with the last profile when its token is remembered.
     */
    public void start() {
        if (services.session() != null) {
            dashboard();
            return;
        }
        shell.navigator().show(signInScreen);
        signInScreen.start(true);
    }

    @Override
    public void signIn(String reason) {
        services.sessionProperty().set(null);
        signInScreen.showReason(reason);
        shell.navigator().show(signInScreen);
    }

    /**
     * After signing in: back to the screen a refused token interrupted (same profile only, so the
     * work there is not lost), else the dashboard.
     */
    @Override
    public void dashboard() {
        Screen resume = interrupted;
        boolean sameProfile = services.session() != null
                && services.session().profile().id().equals(interruptedProfileId);
        interrupted = null;
        interruptedProfileId = null;
        if (resume != null && sameProfile) {
            shell.navigator().show(resume);
        } else {
            showDashboard();
        }
    }

    /** The requests list. */
    public void showDashboard() {
        signedIn().ifPresent(w -> shell.navigator().show(dashboardScreen(w)));
    }

    @Override
    public void newRequest() {
        signedIn().ifPresent(w -> {
            sessionScreens(w);
            if (newRequestScreen == null) {
                newRequestScreen = new NewRequestScreen(services, shell.toasts(), this);
            }
            shell.navigator().show(newRequestScreen);
        });
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
            RequestPage page = new RequestPage(requestId, shell, services.database(), w.watcher(),
                    w.session().client(), id -> new UploadPanel(w.uploads(), id, shell.tasks()),
                    (request, reports, report) -> new ReportViews(shell.tasks(), request, () -> reports)
                            .viewFor(report));
            shell.navigator().show(page);
            return page;
        });
    }

    /** The session's background work, or the sign-in screen when there is none (signed out meanwhile). */
    private Optional<SessionWork> signedIn() {
        SessionWork current = work.get();
        if (current == null) {
            signIn(null);
        }
        return Optional.ofNullable(current);
    }

    private DashboardScreen dashboardScreen(SessionWork current) {
        sessionScreens(current);
        if (dashboard == null) {
            dashboard = new DashboardScreen(shell, services.database().requestCache(), current.watcher(), this,
                    Clock.systemUTC());
        }
        return dashboard;
    }

    /** Forgets the screens of a previous session: they hold its watcher and its form state. */
    private void sessionScreens(SessionWork current) {
        if (screensWork != current) {
            screensWork = current;
            dashboard = null;
            newRequestScreen = null;
        }
    }

    @Override
    public void networkSettings() {
        URI target = services.session() != null ? services.session().credentials().baseUrl() : ApiEndpoints.PRODUCTION;
        new NetworkSettingsDialog(shell.stage(), services, target).show();
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
        Session session = services.session();
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
        Session refused = services.session();
        Screen current = shell.navigator().current().orElse(null);
        if (refused != null && current != null && current != signInScreen) {
            interrupted = current;
            interruptedProfileId = refused.profile().id();
        }
        signIn(reason);
    }

    private void showSession(Session session) {
        if (session == null) {
            shell.window().setSignedInUser(null);
            return;
        }
        shell.window().setEnvironment(session.profile().environment());
        shell.window().setSignedInUser(session.profile().userId());
    }
}
