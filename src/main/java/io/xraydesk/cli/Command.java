package io.xraydesk.cli;

import java.util.List;

/**
 * One command-line sub-command, named by one or more words ({@code reports},
 * {@code request create}). Implementations print results through {@link CliContext} (text, or JSON
 * with {@code --json}) and let failures escape: {@link CommandLine} turns them into one clear line
 * and an {@link ExitCode}.
 */
public interface Command {

    /** The words that name the command, e.g. {@code List.of("request", "create")}. */
    List<String> words();

    /** One line for the help listing. */
    String summary();

    /** The synopsis of the arguments, e.g. {@code --siren <id> [--name <businessName>]}. */
    String usage();

    /** Runs with the arguments that follow the command's words; returns the process exit code. */
    int run(CliContext context, Args args) throws Exception;
}
