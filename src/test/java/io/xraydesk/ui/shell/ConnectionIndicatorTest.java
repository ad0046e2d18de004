package io.xraydesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.session.ConnectionMonitor;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.theme.ThemeChoice;
import io.xraydesk.ui.theme.ThemeManager;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar's one writer of the connection state: fed from any thread, kept across window rebuilds. */
@ExtendWith(ApplicationExtension.class)
class ConnectionIndicatorTest {

    private Stage stage;
    private final BackgroundTasks tasks = new BackgroundTasks(new FxUiExecutor());
    private final ConnectionIndicator indicator = new ConnectionIndicator(tasks.ui());

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void showsWhatItsSourceReportsFromAnyThreadAndOnARebuiltWindow(FxRobot robot) throws Exception {
        robot.interact(() -> indicator.showIn(window()));
        assertFalse(state(robot).isVisible(), "signed out: no state");

        robot.interact(() -> indicator.sessionChanged(true));
        assertEquals(Messages.get(ConnectionState.ONLINE.messageKey()), state(robot).getText());

        Thread watcher = new Thread(() -> indicator.connectionChanged(ConnectionMonitor.State.OFFLINE));
        watcher.start();
        watcher.join();
        String offline = Messages.get(ConnectionState.OFFLINE.messageKey());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> offline.equals(state(robot).getText()));

        robot.interact(() -> indicator.showIn(window()));
        assertEquals(offline, state(robot).getText(), "a rebuilt window shows the state at once");

        robot.interact(() -> indicator.sessionChanged(false));
        assertFalse(state(robot).isVisible(), "signing out clears it");
    }

    /** A new window in the stage, as a language change builds one. */
    private MainWindow window() {
        MainWindow window = new MainWindow(new ThemeManager(ThemeChoice.LIGHT), tasks,
                LanguageChoice.ENGLISH, choice -> { });
        stage.setScene(new Scene(window.root(), 900, 600));
        stage.show();
        return window;
    }

    private static Label state(FxRobot robot) {
        return robot.lookup("#connection-state").queryAs(Label.class);
    }
}
