package io.xraydesk.ui.dashboard;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.shell.LanguageChoice;
import io.xraydesk.ui.shell.MainWindow;
import io.xraydesk.ui.shell.Shell;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.widgets.Dialogs;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The application's window around a screen under test, in a chosen language. Call on the FX thread. */
public final class ShellHarness {

    private ShellHarness() {
    }

    public static Shell open(Stage stage, Locale locale) {
        return open(stage, locale, 1200, 720);
    }

    /** In a scene of {@code width} × {@code height}: the user guide's pictures are 1280 × 720. */
    public static Shell open(Stage stage, Locale locale, double width, double height) {
        Locale.setDefault(locale);
        Messages.setLocale(locale);
        ThemeManager themes = new ThemeManager(ThemeChoice.LIGHT);
        BackgroundTasks tasks = new BackgroundTasks(new FxUiExecutor());
        LanguageChoice language = locale.getLanguage().equals("fr") ? LanguageChoice.FRENCH : LanguageChoice.ENGLISH;
        MainWindow window = new MainWindow(themes, tasks, language, choice -> { });
        Scene scene = new Scene(window.root(), width, height);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.show();
        return new Shell(stage, window, tasks, themes, new Dialogs(stage), window.toasts());
    }
}
