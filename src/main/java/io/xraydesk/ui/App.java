package io.xraydesk.ui;

import io.xraydesk.api.log.LogFiles;
import io.xraydesk.api.log.Redactor;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.EmbeddedSandbox;
import io.xraydesk.core.session.Session;
import io.xraydesk.core.session.SessionOpener;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.core.watch.ConnectionStatus;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.Settings;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.login.SettingsProblemText;
import io.xraydesk.ui.shell.ConnectionState;
import io.xraydesk.ui.shell.LanguageChoice;
import io.xraydesk.ui.shell.MainWindow;
import io.xraydesk.ui.shell.StartScreen;
import io.xraydesk.ui.theme.OsAppearance;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.upload.UploadQuitGuard;
import io.xraydesk.ui.widgets.AppIcon;
import io.xraydesk.ui.widgets.Dialogs;
import io.xraydesk.ui.widgets.Icons;
import io.xraydesk.ui.widgets.Toasts;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;

/**
 * The JavaFX application: the analyst's window. The window appears first, before anything slow
 * (network, sandbox, keychain, database); all of that starts afterwards through
 * {@link BackgroundTasks}.
 *
 * <p>Launch options: {@code --lang=fr|en} and {@code --theme=light|dark|system} override the
 * operating system's language and appearance.
 */
public class App extends Application {

    /**
     * Start, open the data folder, put the sign-in screen in place, exit 0: lets packaging checks
     * prove the installed app starts, and its training run record the classes of the real first screen.
     */
    public static final String SMOKE_FLAG = "--smoke";
    static final String LANGUAGE_OPTION = "lang";
    static final String THEME_OPTION = "theme";

    /** Wide enough for the requests table's nine columns; shrunk to fit smaller screens. */
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;

    /** Captured before any override changes the default, so "System language" keeps its meaning. */
    private final Locale systemLocale = Locale.getDefault();
    private BackgroundTasks tasks;
    private ThemeManager themes;
    private Shell shell;
    /** The embedded sandbox, started the first time the Sandbox environment needs it. */
    private final SessionOpener opener = new SessionOpener(new EmbeddedSandbox());
    private AppServices services;
    private AppRoutes routes;
    /** The signed-in session's uploads, watcher and webhook receiver; null while signed out. */
    private SessionWork work;
    /** Started with {@link #SMOKE_FLAG}: exits once the sign-in screen is in place. */
    private boolean smoke;

    /** When true, prints "first-window-shown <epoch-ms>" once the first window is up: the start-up benchmark reads it. */
    public static final String STARTUP_PROBE_PROPERTY = "xraydesk.startupProbe";

    /**
     * Runs on the launcher thread before {@link #start}: the theme's stylesheet is queued to the FX
     * thread, which loads it while a helper thread reads the window icons and the icon font, so that
     * neither waits for the other on the way to the first window.
     */
    @Override
    public void init() {
        themes = new ThemeManager(ThemeChoice.parse(launchOptions().get(THEME_OPTION)));
        Thread preload = new Thread(() -> {
            AppIcon.images();
            Icons.of(Feather.PLUS_SQUARE); // any icon: the first one loads the icon font
        }, "start-up preload");
        preload.setDaemon(true);
        preload.start();
    }

    @Override
    public void start(Stage stage) {
        Map<String, String> options = launchOptions();
        tasks = new BackgroundTasks(new FxUiExecutor());
        if (themes == null) { // started without init(), as tests do
            themes = new ThemeManager(ThemeChoice.parse(options.get(THEME_OPTION)));
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new StackPane(), Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        UploadQuitGuard.install(stage, this::currentUploads, new Dialogs(stage));
        showShell(stage, LanguageChoice.parse(options.get(LANGUAGE_OPTION)));
        stage.show();
        // After the first frame: the window manager does not need the icon to map the window.
        Platform.runLater(() -> AppIcon.apply(stage));
        if (Boolean.getBoolean(STARTUP_PROBE_PROPERTY)) {
            System.out.println("first-window-shown " + System.currentTimeMillis());
        }
        smoke = getParameters() != null && getParameters().getRaw().contains(SMOKE_FLAG);
        startInBackground();
    }

    /** The {@code --name=value} options of the command line (none when started without a launcher). */
    Map<String, String> launchOptions() {
        return getParameters() == null ? Map.of() : getParameters().getNamed();
    }

    /** The shell currently in the window; null before {@link #start}. */
    Shell shell() {
        return shell;
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.navigator().leave();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (work != null) {
            work.close(); // uploads in flight stop here and resume from the journal next time
        }
        opener.sandbox().close();
        if (services != null) {
            services.close();
        }
    }

    /** The data folder: {@code XRAYDESK_HOME} or the per-OS application-data folder. */
    AppPaths paths() {
        return AppPaths.fromEnvironment();
    }

    /**
     * Start-up work that must not delay the first window: the log file, settings, keychain and
     * database, then the sign-in screen (or a direct sign-in with the last remembered profile).
     */
    void startInBackground() {
        themes.followSystemAppearance(tasks, OsAppearance.ofThisSystem());
        AppPaths paths = paths();
        tasks.task("open data folder", progress -> {
            installLogFile(paths);
            return AppServices.open(paths, tasks);
        }).onSuccess(opened -> {
            services = opened;
            opened.sessionProperty().addListener((obs, old, now) -> switchSessionWork(now));
            wireRoutes();
            String problems = SettingsProblemText.describe(opened.settingsLoad().problems());
            if (!problems.isEmpty()) {
                shell.dialogs().inform(Messages.get("settings.problem.title"),
                        Messages.get("settings.problem.header"), problems);
            }
            if (smoke) {
                Platform.exit();
            }
        }).onFailure(failure -> shell.dialogs().error(Messages.get("startup.failed", paths.home()), failure))
                .start();
    }

    /** The opener of sessions, which holds the embedded sandbox: end-to-end tests reach its control endpoint. */
    SessionOpener opener() {
        return opener;
    }

    /** The routes of the current window; null until the data folder is open. */
    AppRoutes routes() {
        return routes;
    }

    /** Connects the screens to the (re)built window and shows where the analyst is. */
    private void wireRoutes() {
        routes = new AppRoutes(shell, services, opener, () -> work);
        routes.start();
    }

    private UploadQueue currentUploads() {
        return work == null ? null : work.uploads();
    }

    /**
     * Replaces the background work of the previous session (closed off the FX thread: stopping
     * uploads waits for their threads) with the new session's, started in the background.
     */
    private void switchSessionWork(Session session) {
        SessionWork previous = work;
        work = session == null ? null : new SessionWork(session, services.database(), services.settings(),
                refused -> Platform.runLater(() -> routes.guard().signedOutBy(refused)));
        if (previous != null) {
            tasks.task("close session work", progress -> {
                previous.close();
                return null;
            }).start();
        }
        if (work == null) {
            shell.window().clearConnectionState();
        } else {
            // The sign-in check has just reached the API; from here the watcher says how it goes.
            shell.window().setConnectionState(ConnectionState.ONLINE);
            work.watcher().addListener(new WatchListener() {
                @Override
                public void connectionChanged(ConnectionStatus status) {
                    Platform.runLater(() -> shell.window().setConnectionState(ConnectionState.valueOf(status.name())));
                }
            });
            SessionWork starting = work;
            Settings settings = services.settings();
            tasks.task("start session work", progress -> {
                starting.start(settings);
                return null;
            }).onFailure(failure -> shell.dialogs().error(Messages.get("startup.session.failed"), failure)).start();
        }
    }

    private static void installLogFile(AppPaths paths) {
        // Installed before anything can log a secret, and before dialogs show technical details.
        Dialogs.installRedaction(Redactor::redact);
        try {
            LogFiles.install(paths.logs());
        } catch (IOException | RuntimeException unwritable) {
            // The app works without its log file; the console handler still reports problems.
            Logger.getLogger(App.class.getName()).warning("no log file in " + paths.logs() + ": " + unwritable);
        }
    }

    /**
     * (Re)builds the window's content in {@code language}. Texts are read once when controls are
     * built, so a language change rebuilds the shell rather than patching every label.
     */
    private void showShell(Stage stage, LanguageChoice language) {
        if (shell != null) {
            shell.navigator().leave();
        }
        Locale locale = language.locale(systemLocale);
        // The JVM default too: JavaFX's own texts (dialog buttons) follow it, and ResourceBundle
        // would otherwise fall back to a French default when English is asked for.
        Locale.setDefault(locale);
        Messages.setLocale(locale);

        MainWindow window = new MainWindow(themes, tasks.activity(), language, choice -> showShell(stage, choice));
        Dialogs dialogs = new Dialogs(stage);
        window.onQuit(() -> {
            if (UploadQuitGuard.mayQuit(currentUploads(), dialogs)) {
                Platform.exit();
            }
        });
        window.onAbout(() -> dialogs.inform(Messages.get("about.title"),
                Messages.get("about.header", version()), Messages.get("about.text")));
        stage.getScene().setRoot(window.root());
        stage.titleProperty().bind(window.title());
        shell = new Shell(stage, window, tasks, themes, dialogs, new Toasts(stage));
        if (services == null) {
            window.navigator().show(new StartScreen(window.newRequestItem()));
        } else {
            wireRoutes();
        }
    }

    private static String version() {
        String version = App.class.getPackage().getImplementationVersion();
        return version == null ? Messages.get("about.version.development") : version;
    }
}
