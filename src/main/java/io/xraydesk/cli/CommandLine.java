package io.xraydesk.cli;

import io.xraydesk.api.log.LogFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Dispatches the command-line sub-commands; the window opens when no sub-command is named. Each
 * command is found by the longest run of leading words that names one ({@code request create}).
 */
public final class CommandLine {

    private final List<Command> commands;

    public CommandLine(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    /** The commands this build ships, listed in {@link Commands}. */
    public static CommandLine standard() {
        return new CommandLine(Commands.all());
    }

    public static boolean isSubCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** The process entry point: logs go to the data folder's log files, never to the terminal. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> env = System.getenv();
        try {
            LogFiles.install(CliContext.pathsFrom(env).logs());
        } catch (IOException | RuntimeException e) {
            // Without a writable data folder the command may still work (e.g. "reports"); it says so
            // itself if it needs the folder.
            Logger.getLogger("").setLevel(Level.OFF);
        }
        return standard().run(Arrays.asList(args), env, out, err);
    }

    public int run(List<String> tokens, Map<String, String> env, PrintStream out, PrintStream err) {
        if (tokens.isEmpty() || tokens.get(0).equals("help")) {
            printHelp(out);
            return tokens.isEmpty() ? ExitCode.USAGE : ExitCode.OK;
        }
        Optional<Command> found = find(tokens);
        if (found.isEmpty()) {
            err.println(FailureReport.of(new UsageException("unknown command '" + String.join(" ", tokens.subList(0,
                    Math.min(2, tokens.size()))) + "' (see 'help')")).line());
            return ExitCode.USAGE;
        }
        Command command = found.get();
        try {
            Args args = Args.parse(tokens.subList(command.words().size(), tokens.size()), flagsOf(command));
            if (args.flag("help")) {
                out.println(synopsis(command));
                return ExitCode.OK;
            }
            try (TraceOption trace = TraceOption.start(args)) {
                return command.run(new CliContext(out, err, env, args), args);
            }
        } catch (Exception | Error failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            FailureReport report = FailureReport.of(failure);
            err.println(report.line());
            if (report.exitCode() == ExitCode.USAGE) {
                err.println(synopsis(command));
            }
            return report.exitCode();
        }
    }

    private Optional<Command> find(List<String> tokens) {
        return commands.stream()
                .filter(c -> tokens.size() >= c.words().size()
                        && tokens.subList(0, c.words().size()).equals(c.words()))
                .max(Comparator.comparingInt(c -> c.words().size()));
    }

    private static Set<String> flagsOf(Command command) {
        return command instanceof FlagDeclaring declaring ? declaring.flags() : Set.of();
    }

    private static String synopsis(Command command) {
        return "usage: xray-desk " + String.join(" ", command.words()) + " " + command.usage();
    }

    private void printHelp(PrintStream out) {
        out.println("usage: xray-desk [<command> [options]]   (no command: open the window)");
        out.println();
        for (Command command : commands) {
            out.printf("  %-16s %s%n", String.join(" ", command.words()), command.summary());
        }
        out.println();
        out.println("Connection: --base-url/--user-id/--october-version or " + CliContext.ENV_BASE_URL + ", "
                + CliContext.ENV_USER_ID + ", " + CliContext.ENV_SESSION_TOKEN + ", " + CliContext.ENV_VERSION + ".");
        out.println("Every command takes --json for machine-readable output, and --trace FILE to record its");
        out.println("exchanges with the API and S3 for support (credentials masked; see docs/trace.md).");
    }
}
