package io.xraydesk.ui;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.shell.LanguageChoice;
import io.xraydesk.ui.shell.MainWindow;
import io.xraydesk.ui.shell.StartScreen;
import io.xraydesk.ui.theme.OsAppearance;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.widgets.AppIcon;
import io.xraydesk.ui.widgets.Dialogs;
import io.xraydesk.ui.widgets.Toasts;
import java.util.Locale;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The JavaFX application: the analyst's window. The window appears first, before anything slow
 * (network, sandbox, keychain, database); all of that starts afterwards through
 * {@link BackgroundTasks}.
 *
 * <p>Launch options: {@code --lang=fr|en} and {@code --theme=light|dark|system} override the
 * operating system's language and appearance.
 */
public class App extends Application {

    /** Start, show the first window, exit 0: lets packaging checks prove the installed app starts. */
    public static final String SMOKE_FLAG = "--smoke";
    static final String LANGUAGE_OPTION = "lang";
    static final String THEME_OPTION = "theme";

    private static final double WIDTH = 1100;
    private static final double HEIGHT = 720;

    /** Captured before any override changes the default, so "System language" keeps its meaning. */
    private final Locale systemLocale = Locale.getDefault();
    private BackgroundTasks tasks;
    private ThemeManager themes;
    private Shell shell;

    /** When true, prints "first-window-shown <epoch-ms>" once the first window is up: the start-up benchmark reads it. */
    public static final String STARTUP_PROBE_PROPERTY = "xraydesk.startupProbe";

    @Override
    public void start(Stage stage) {
        Map<String, String> options = launchOptions();
        tasks = new BackgroundTasks(new FxUiExecutor());
        themes = new ThemeManager(ThemeChoice.parse(options.get(THEME_OPTION)));
        Scene scene = new Scene(new StackPane(), WIDTH, HEIGHT);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.setMinWidth(760);
        stage.setMinHeight(520);
        AppIcon.apply(stage);
        showShell(stage, LanguageChoice.parse(options.get(LANGUAGE_OPTION)));
        stage.show();
        if (Boolean.getBoolean(STARTUP_PROBE_PROPERTY)) {
            System.out.println("first-window-shown " + System.currentTimeMillis());
        }
        if (getParameters() != null && getParameters().getRaw().contains(SMOKE_FLAG)) {
            Platform.runLater(Platform::exit);
            return;
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
        if (shell != null) {
            shell.navigator().leave();
        }
        if (tasks != null) {
            tasks.close();
        }
    }

    /** Start-up work that must not delay the first window. */
    private void startInBackground() {
        themes.followSystemAppearance(tasks, OsAppearance.ofThisSystem());
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
        window.onQuit(Platform::exit);
        window.onAbout(() -> dialogs.inform(Messages.get("about.title"),
                Messages.get("about.header", version()), Messages.get("about.text")));
        stage.getScene().setRoot(window.root());
        stage.titleProperty().bind(window.title());
        shell = new Shell(stage, window, tasks, themes, dialogs, new Toasts(stage));
        window.navigator().show(new StartScreen(window.newRequestItem()));
    }

    private static String version() {
        String version = App.class.getPackage().getImplementationVersion();
        return version == null ? Messages.get("about.version.development") : version;
    }
}
