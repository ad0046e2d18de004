package io.xraydesk.cli;

import java.io.PrintStream;

/** Dispatches the command-line sub-commands; the window opens when no sub-command is named. */
public final class CommandLine {

    private CommandLine() {
    }

    public static boolean isSubCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("Unknown command: " + args[0]);
        return ExitCode.USAGE;
    }
}
