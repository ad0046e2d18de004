package io.xraydesk.bench.fx;

import java.io.IOException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The memory benchmark's reference, in a JVM of its own: the smallest JavaFX window with one field to
 * type in, the size of the app's. Prints {@value #READY} once its first pulse is laid out and stays
 * open until its standard input closes, so that its resident memory can be read while it idles.
 */
public final class BareWindow {

    static final String READY = "bare-window-ready";

    private BareWindow() {
    }

    public static void main(String[] args) {
        // A main outside the Application: the launcher then starts JavaFX from the class path.
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new VBox(8, new Label("Hello, world"), new TextField()), 1280, 800);
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    System.out.println(READY);
                    System.out.flush();
                }
            });
            stage.setScene(scene);
            stage.show();
            Thread untilStdinCloses = new Thread(() -> {
                try {
                    while (System.in.read() >= 0) {
                        // The benchmark writes nothing: closing the stream is the signal.
                    }
                } catch (IOException closed) {
                    // The same signal.
                }
                Platform.exit();
            }, "bare-window-stdin");
            untilStdinCloses.setDaemon(true);
            untilStdinCloses.start();
        }
    }
}
