package io.xraydesk.ui.shell;

import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.shell.MainWindow;
import io.xraydesk.ui.shell.Navigator;
import io.xraydesk.ui.theme.ThemeManager;
import io.xraydesk.ui.widgets.Dialogs;
import io.xraydesk.ui.widgets.Toasts;
import javafx.stage.Stage;

/**
 * What every screen needs from the application around it, handed to screens when they are built:
 * the window and its menu hooks, navigation, background work, dialogs and notifications.
 */
public record Shell(Stage stage, MainWindow window, BackgroundTasks tasks, ThemeManager themes,
                    Dialogs dialogs, Toasts toasts) {

    public Navigator navigator() {
        return window.navigator();
    }
}
