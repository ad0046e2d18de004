package io.xraydesk.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The JavaFX application: the analyst's window. */
public class App extends Application {

    @Override
    public void start(Stage stage) {
        stage.setTitle("X-Ray Desk");
        stage.setScene(new Scene(new StackPane(new Label("X-Ray Desk")), 1100, 720));
        stage.show();
    }
}
