package io.xraydesk.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: the smallest JavaFX window, packaged exactly like the app.
 * It honours the app's two start-up switches (--smoke and -Dxraydesk.startupProbe=true) so the
 * benchmark measures both the same way.
 */
public class HelloWorldApp extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("Hello");
        stage.setScene(new Scene(new StackPane(new Label("Hello, world")), 1100, 720));
        stage.show();
        if (Boolean.getBoolean("xraydesk.startupProbe")) {
            System.out.println("first-window-shown " + System.currentTimeMillis());
        }
        if (getParameters().getRaw().contains("--smoke")) {
            Platform.runLater(Platform::exit);
        }
    }
}
