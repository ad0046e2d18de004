package io.xraydesk.ui;

import io.xraydesk.core.i18n.Messages;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: the analyst's window. */
public class App extends Application {

    /** Start, show the first window, exit 0: lets packaging checks prove the installed app starts. */
    public static final String SMOKE_FLAG = "--smoke";

    /** When true, prints "first-window-shown <epoch-ms>" once the first window is up: the start-up benchmark reads it. */
    public static final String STARTUP_PROBE_PROPERTY = "xraydesk.startupProbe";

    @Override
    public void start(Stage stage) {
        stage.setTitle(Messages.get("app.title"));
        stage.setScene(new Scene(new StackPane(new Label(Messages.get("app.title"))), 1100, 720));
        stage.show();
        if (Boolean.getBoolean(STARTUP_PROBE_PROPERTY)) {
            System.out.println("first-window-shown " + System.currentTimeMillis());
        }
        if (getParameters() != null && getParameters().getRaw().contains(SMOKE_FLAG)) {
            Platform.runLater(Platform::exit);
        }
    }
}
