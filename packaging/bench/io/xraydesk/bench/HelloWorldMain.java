package io.xraydesk.bench;

import javafx.application.Application;

/** Plain entry point, as in the app: JavaFX sits on the class path's side of a launcher class. */
public final class HelloWorldMain {

    private HelloWorldMain() {
    }

    public static void main(String[] args) {
        Application.launch(HelloWorldApp.class, args);
    }
}
