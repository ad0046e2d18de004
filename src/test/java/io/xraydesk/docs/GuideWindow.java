package io.xraydesk.docs;

import io.xraydesk.store.Environment;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.shell.ConnectionState;
import io.xraydesk.ui.shell.LanguageChoice;
import io.xraydesk.ui.shell.MainWindow;
import io.xraydesk.ui.shell.Screen;
import io.xraydesk.ui.shell.Shell;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.widgets.Dialogs;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The analyst's window as the guide shows it: menu, header (sandbox badge, signed-in user), a
 * screen, and the status bar, at a documentation-friendly size. Call on the FX thread.
 */
final class GuideWindow {

    /** Monocle's headless screen is 1280 × 800; a larger scene would not be painted whole. */
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private final Stage stage;
    private final MainWindow window;
    private final Shell shell;

    /** @param userId the signed-in user, or null for a window signed out (the sign-in screen) */
    GuideWindow(Stage stage, ThemeChoice theme, BackgroundTasks tasks, LanguageChoice language, String userId) {
        this.stage = stage;
        ThemeManager themes = new ThemeManager(theme);
        window = new MainWindow(themes, tasks, language, choice -> {
            // The tour changes language itself, by rebuilding the window.
        });
        window.setEnvironment(Environment.SANDBOX);
        window.setSignedInUser(userId);
        Scene scene = new Scene(window.root(), WIDTH, HEIGHT);
        ThemeManager.style(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(window.title());
        stage.show();
        shell = new Shell(stage, window, tasks, themes, new Dialogs(stage), window.toasts());
    }

    /** What the screens get from the application around them. */
    Shell shell() {
        return shell;
    }

    /** The header's "Signed in as" and the status bar's connection, once the session is open. */
    void signedIn(String userId) {
        window.setSignedInUser(userId);
        window.setConnectionState(ConnectionState.ONLINE);
    }

    MainWindow mainWindow() {
        return window;
    }

    /** Leaves the current screen (stopping its work) and shows {@code next}. */
    void show(Screen next) {
        window.navigator().show(next);
    }

    Scene scene() {
        return stage.getScene();
    }

    void close() {
        window.navigator().leave();
        stage.titleProperty().unbind();
    }
}
