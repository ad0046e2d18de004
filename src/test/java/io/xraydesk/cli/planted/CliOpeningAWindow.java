package io.xraydesk.cli.planted;

import javafx.stage.Stage;

/** Breaks {@code cliHasNoWindow}: the command line needs a JavaFX stage. */
public class CliOpeningAWindow {
    Stage stage;
}
