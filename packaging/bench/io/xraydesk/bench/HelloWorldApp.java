package io.xraydesk.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The start-up benchmark's baseline: the smallest JavaFX window with one field to type in, packaged
 * exactly like the app. It honours the app's two start-up switches (--smoke and
 * -Dxraydesk.startupProbe=true) and marks the same moments: "first-window-shown" once the stage is
 * shown, "usable-screen-shown" in the first pulse that lays its field out, where the app marks its
 * first usable screen.
 */
public class HelloWorldApp extends Application {

    @Override
    public void start(Stage stage) {
        boolean probe = Boolean.getBoolean("xraydesk.startupProbe");
        boolean smoke = getParameters().getRaw().contains("--smoke");
        stage.setTitle("Hello");
        Scene scene = new Scene(new VBox(8, new Label("Hello, world"), new TextField()), 1100, 720);
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                if (probe) {
                    System.out.println("usable-screen-shown " + System.currentTimeMillis() + " hello");
                }
                if (smoke) {
                    Platform.exit();
                }
            }
        });
        stage.setScene(scene);
        stage.show();
        if (probe) {
            System.out.println("first-window-shown " + System.currentTimeMillis());
        }
    }
}
