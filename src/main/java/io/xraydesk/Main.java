package io.xraydesk;

import io.xraydesk.cli.CommandLine;
import io.xraydesk.ui.App;

/**
 * Entry point of the jar and the installers. With no arguments (or only launcher options) it opens
 * the window; otherwise it runs a command-line sub-command. It is deliberately not a JavaFX
 * {@code Application}, so that {@code java -jar} works with JavaFX on the class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (CommandLine.isSubCommand(args)) {
            System.exit(CommandLine.run(args, System.out, System.err));
        }
        App.open(args);
    }
}
