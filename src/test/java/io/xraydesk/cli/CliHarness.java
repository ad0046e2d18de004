package io.xraydesk.cli;

import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.store.AppPaths;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Runs the real {@link CommandLine} in-process with a chosen environment and captured output. */
final class CliHarness {

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    private final Map<String, String> env = new HashMap<>();

    CliHarness(Path home) {
        env.put(AppPaths.HOME_VARIABLE, home.toString());
    }

    /** Environment of the sandbox's demo user. */
    static CliHarness against(SandboxServer sandbox, Path home) {
        return new CliHarness(home).with(CliContext.ENV_BASE_URL, sandbox.apiBaseUri().toString())
                .with(CliContext.ENV_USER_ID, sandbox.demoUser().userId())
                .with(CliContext.ENV_SESSION_TOKEN, sandbox.demoUser().token());
    }

    CliHarness with(String variable, String value) {
        env.put(variable, value);
        return this;
    }

    Run run(String... tokens) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = CommandLine.standard().run(Arrays.asList(tokens), Map.copyOf(env), o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
