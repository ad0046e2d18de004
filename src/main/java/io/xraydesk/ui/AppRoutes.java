package io.xraydesk.ui;

import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.ApiEndpoints;
import io.xraydesk.core.session.NetworkConnections;
import io.xraydesk.core.session.Session;
import io.xraydesk.core.session.SessionGuard;
import io.xraydesk.core.session.SessionOpener;
import io.xraydesk.store.SecretKeys;
import io.xraydesk.store.Settings;
import io.xraydesk.ui.login.ProfileKeeper;
import io.xraydesk.ui.login.SignInScreen;
import io.xraydesk.ui.settings.NetworkSettingsDialog;
import io.xraydesk.ui.shell.Screen;
import io.xraydesk.ui.shell.StartScreen;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * The application's {@link Routes}: which screen answers each destination, and what the window
 * shows about the session. Screens still to come (dashboard, new request, request, report) each
 * have one method here that shows the start screen for now, so plugging one in is a one-line
 * change. Built on the FX thread once {@link AppServices} are open; rebuilt with the window.
 */
public final class AppRoutes implements Routes {

    private final Shell shell;
    private final AppServices services;
    private final SessionOpener opener;
    private final SignInScreen signInScreen;
    private final StartScreen startScreen;
    private final SessionGuard guard;
    /** The screen a refused token interrupted, and whose profile it was: shown again after signing in again. */
    private Screen interrupted;
    private String interruptedProfileId;

    public AppRoutes(Shell shell, AppServices services, SessionOpener opener) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.services = Objects.requireNonNull(services, "services");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.signInScreen = new SignInScreen(services, opener, this::connection, this);
        this.startScreen = new StartScreen(shell.window().newRequestItem());
        // Failures arrive on the FX thread (BackgroundTasks callbacks), where navigating is allowed.
        this.guard = new SessionGuard(this::tokenRefused);
        shell.window().onNetworkSettings(this::networkSettings);
        shell.window().onSignOut(this::signOut);
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

    /** The requests list; replace the body with the dashboard screen when it lands. */
    public void showDashboard() {
        shell.navigator().show(startScreen);
    }

    /** The new-request form; replace the body with that screen when it lands. */
    @Override
    public void newRequest() {
        shell.navigator().show(startScreen);
    }

    /** A request's page; replace the body with the request screen when it lands. */
    @Override
    public void openRequest(String requestId) {
        shell.navigator().show(startScreen);
    }

    /** A request's page with one report in front; replace the body with the report view when it lands. */
    @Override
    public void openReport(String requestId, String reportId) {
        shell.navigator().show(startScreen);
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
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("signout.message"), keep, forget,
                ButtonType.CANCEL);
        ask.initOwner(shell.stage());
        ask.setTitle(Messages.get("signout.title"));
        ask.setHeaderText(null);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
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
