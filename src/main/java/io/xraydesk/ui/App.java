package io.xraydesk.ui;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.EmbeddedSandbox;
import io.xraydesk.core.session.SessionOpener;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.store.AppPaths;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.context.AppContext;
import io.xraydesk.ui.context.SessionWork;
import io.xraydesk.ui.login.SettingsProblemText;
import io.xraydesk.ui.shell.ConnectionIndicator;
import io.xraydesk.ui.shell.LanguageChoice;
import io.xraydesk.ui.shell.MainWindow;
import io.xraydesk.ui.shell.MenuCommand;
import io.xraydesk.ui.shell.Shell;
import io.xraydesk.ui.theme.OsAppearance;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.upload.UploadQuitGuard;
import io.xraydesk.ui.widgets.AppIcon;
import io.xraydesk.ui.widgets.Dialogs;
import io.xraydesk.ui.widgets.Icons;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;

/**
 * The JavaFX application: the analyst's window and its lifecycle, nothing else. The window never
 * waits for anything slow (network, sandbox, keychain, database): the data folder opens on its own
 * thread from {@link #init} on ({@link DataFolderOpening}), the {@link AppContext} is built from it
 * through {@link BackgroundTasks}, and {@link AppRoutes} takes over navigation.
 *
 * <p>Launch options: {@code --lang=fr|en} and {@code --theme=light|dark|system} override the saved
 * choices ({@link SavedChoices}) and the operating system's language and appearance for one launch.
 */
public class App extends Application {

    /**
     * Start, open the data folder, lay out the first screen the analyst can type in (the sign-in form,
     * or the dashboard with a remembered profile), exit 0: lets packaging checks prove the installed
     * app starts, and its training run record the classes of the real first screen.
     */
    public static final String SMOKE_FLAG = "--smoke";
    static final String LANGUAGE_OPTION = "lang";
    static final String THEME_OPTION = "theme";

    /** Wide enough for the requests table's nine columns; shrunk to fit smaller screens. */
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;

    /** Captured before any override changes the default, so "System language" keeps its meaning. */
    private final Locale systemLocale = Locale.getDefault();
    /** Opening since {@link #init}: the stores load while the toolkit and the window start. */
    private DataFolderOpening dataFolder;
    private BackgroundTasks tasks;
    private ThemeManager themes;
    private Shell shell;
    /** The embedded sandbox, started the first time the Sandbox environment needs it. */
    private final SessionOpener opener = new SessionOpener(new EmbeddedSandbox());
    private AppContext context;
    private AppRoutes routes;
    /** The status bar's connection state: one writer, outliving window rebuilds. */
    private ConnectionIndicator connection;
    /** Theme, language and window geometry as last chosen; null until the data folder is open. */
    private SavedChoices savedChoices;
    /** Started with {@link #SMOKE_FLAG}: exits once the first usable screen is laid out. */
    private boolean smoke;

    /**
     * When true, prints "first-window-shown <epoch-ms>" once the first window is up and
     * "usable-screen-shown <epoch-ms> <screen title key>" once a screen the analyst can type in is
     * laid out ({@link StartupProbe}): the start-up benchmark reads both.
     */
    public static final String STARTUP_PROBE_PROPERTY = "xraydesk.startupProbe";

    /** Opens the window with {@code args} (launch options); returns when the application ends. */
    public static void open(String[] args) {
        launch(App.class, args);
    }

    /**
     * Runs on the launcher thread before {@link #start}: the theme's stylesheet is queued to the FX
     * thread, which loads it while a helper thread reads the window icons and the icon font, so that
     * neither waits for the other on the way to the first window.
     */
    @Override
    public void init() {
        dataFolder = DataFolderOpening.start(paths());
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
        connection = new ConnectionIndicator(tasks.ui());
        if (themes == null) { // started without init(), as tests do
            themes = new ThemeManager(ThemeChoice.parse(options.get(THEME_OPTION)));
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new StackPane(), Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        // A screen no larger than the window would be (a 1280 x 720 laptop): the window and its
        // title bar would not fit, and some window managers then open it at its minimum size.
        // Maximised, it has the whole screen; a saved placement still wins (WindowPlacement).
        stage.setMaximized(screen.getWidth() <= WIDTH || screen.getHeight() <= HEIGHT);
        UploadQuitGuard.install(stage, this::currentUploads, new Dialogs(stage));
        showShell(stage, LanguageChoice.parse(options.get(LANGUAGE_OPTION)));
        stage.show();
        // After the first frame: the window manager does not need the icon to map the window.
        tasks.ui().execute(() -> AppIcon.apply(stage));
        boolean probe = Boolean.getBoolean(STARTUP_PROBE_PROPERTY);
        if (probe) {
            System.out.println("first-window-shown " + System.currentTimeMillis());
        }
        smoke = getParameters() != null && getParameters().getRaw().contains(SMOKE_FLAG);
        if (probe || smoke) {
            StartupProbe.watch(scene, () -> shell == null ? null : shell.navigator(), () -> usableScreenShown(probe));
        }
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
        if (savedChoices != null) {
            savedChoices.stop();
        }
        if (shell != null) {
            shell.navigator().leave();
        }
        if (tasks != null) {
            tasks.close();
        }
        if (context != null) {
            context.close(); // uploads in flight stop here and resume from the journal next time
        } else {
            opener.sandbox().close();
            if (dataFolder != null) {
                dataFolder.closeUnclaimed();
            }
        }
    }

    /** The data folder: {@code XRAYDESK_HOME} or the per-OS application-data folder. */
    AppPaths paths() {
        return AppPaths.fromEnvironment();
    }

    /**
     * Start-up work that must not delay the first window: waits (off the FX thread) for the log file,
     * settings, keychain and database, then shows the sign-in screen (or signs in directly with the
     * last remembered profile).
     */
    void startInBackground() {
        themes.followSystemAppearance(tasks, OsAppearance.ofThisSystem());
        if (dataFolder == null) { // started without init(), as tests do
            dataFolder = DataFolderOpening.start(paths());
        }
        AppPaths paths = dataFolder.paths();
        tasks.task("open data folder", progress -> dataFolder.await()).onSuccess(opened -> {
            context = new AppContext(opened, opener, new WindowEvents(tasks.ui(), () -> routes, connection),
                    work -> tasks.task("session work", progress -> {
                        work.run();
                        return null;
                    }).start());
            context.onSessionChanged(session -> {
                connection.sessionChanged(session != null);
                routes.showSession(session);
            });
            savedChoices = new SavedChoices(opened, tasks);
            savedChoices.restore(shell.stage(), themes, launchOptions());
            LanguageChoice language = savedChoices.language(launchOptions());
            if (language != shell.window().language()) {
                showShell(shell.stage(), language); // wires the routes of the rebuilt window
            } else {
                wireRoutes();
            }
            String problems = SettingsProblemText.describe(opened.settingsLoad().problems());
            if (!problems.isEmpty()) {
                shell.dialogs().inform(Messages.get("settings.problem.title"),
                        Messages.get("settings.problem.header"), problems);
            }
        }).onFailure(failure -> shell.dialogs().error(Messages.get("startup.failed", paths.home()), failure))
                .start();
    }

    /** The first screen the analyst can type in is laid out: the start-up benchmark's mark, the smoke run's end. */
    private void usableScreenShown(boolean probe) {
        if (probe) {
            String screen = shell.navigator().current().map(io.xraydesk.ui.shell.Screen::titleKey).orElse("");
            System.out.println("usable-screen-shown " + System.currentTimeMillis() + " " + screen);
        }
        if (smoke) {
            Platform.exit();
        }
    }

    /** The opener of sessions, which holds the embedded sandbox: end-to-end tests reach its control endpoint. */
    SessionOpener opener() {
        return opener;
    }

    /** The stores and the session; null until the data folder is open. */
    AppContext context() {
        return context;
    }

    /** The routes of the current window; null until the data folder is open. */
    AppRoutes routes() {
        return routes;
    }

    /** Connects the screens to the (re)built window and shows where the analyst is (or was, before a rebuild). */
    private void wireRoutes() {
        routes = new AppRoutes(shell, context, routes);
        routes.start();
    }

    /** The signed-in session's upload queue; null while signed out. */
    UploadQueue currentUploads() {
        return context == null ? null : context.work().map(SessionWork::uploads).orElse(null);
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

        MainWindow window = new MainWindow(themes, tasks, language, choice -> {
            showShell(stage, choice);
            if (savedChoices != null) { // before the data folder is open there is nowhere to keep it
                savedChoices.languageChosen(choice);
            }
        });
        Dialogs dialogs = new Dialogs(stage);
        window.on(MenuCommand.QUIT, () -> {
            if (UploadQuitGuard.mayQuit(currentUploads(), dialogs)) {
                Platform.exit();
            }
        });
        window.on(MenuCommand.ABOUT, () -> dialogs.inform(Messages.get("about.title"),
                Messages.get("about.header", version()), Messages.get("about.text")));
        stage.getScene().setRoot(window.root());
        stage.titleProperty().bind(window.title());
        shell = new Shell(stage, window, tasks, themes, dialogs, window.toasts());
        connection.showIn(window);
        if (context == null) {
            AppRoutes.showStart(shell);
        } else {
            wireRoutes();
        }
    }

    private static String version() {
        String version = App.class.getPackage().getImplementationVersion();
        return version == null ? Messages.get("about.version.development") : version;
    }
}
