package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.sandbox.SandboxConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sandbox} in its own JVM, as a script starts it: the first line says where it listens. */
class SandboxProcessTest {

    private static final Pattern LISTENING = Pattern.compile("Sandbox API listening on (http://127\\.0\\.0\\.1:\\d+)");

    @TempDir
    Path home;

    @Test
    void servesUntilKilledAndAnnouncesItsAddressFirst() throws Exception {
        Process sandbox = start(Map.of(), "--port", "0", "--speed", "60");
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            Matcher listening = LISTENING.matcher(String.valueOf(first));
            assertTrue(listening.matches(), "first line: " + first);
            List<String> rest = List.of(out.readLine(), out.readLine(), out.readLine(), out.readLine());
            assertTrue(rest.contains("userId: " + SandboxConfig.DEMO_USER_ID), rest.toString());
            assertTrue(rest.contains("businessId: " + SandboxConfig.DEMO_BUSINESS_ID), rest.toString());

            Run created = new CliHarness(home).with(CliContext.ENV_BASE_URL, listening.group(1))
                    .with(CliContext.ENV_USER_ID, SandboxConfig.DEMO_USER_ID)
                    .with(CliContext.ENV_SESSION_TOKEN, SandboxConfig.DEMO_TOKEN)
                    .run("request", "create", "--siren", "514673987");
            assertEquals(ExitCode.OK, created.exit(), created.err());
        } finally {
            sandbox.destroy();
        }
        assertTrue(sandbox.waitFor(15, TimeUnit.SECONDS), "the sandbox stops when killed");
    }

    @Test
    void takesItsUsersTokenFromTheEnvironmentOutOfSightOfTheProcessList() throws Exception {
        String userId = "6464ba07cbddbd090b267260";
        String token = "token-from-the-environment-5f2c";
        Process sandbox = start(Map.of(SandboxCommand.ENV_TOKEN, token), "--port", "0", "--user-id", userId);
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8))) {
            Matcher listening = LISTENING.matcher(String.valueOf(out.readLine()));
            assertTrue(listening.matches());
            assertFalse(sandbox.info().commandLine().orElse("").contains(token), "the token is not in ps");
            List<String> rest = List.of(out.readLine(), out.readLine(), out.readLine(), out.readLine(),
                    out.readLine());
            assertTrue(rest.contains("sessionToken: (from " + SandboxCommand.ENV_TOKEN + ")"), rest.toString());
            assertFalse(rest.toString().contains(token), "nor printed back: " + rest);

            Run created = new CliHarness(home).with(CliContext.ENV_BASE_URL, listening.group(1))
                    .with(CliContext.ENV_USER_ID, userId)
                    .with(CliContext.ENV_SESSION_TOKEN, token)
                    .run("request", "create", "--siren", "514673987");
            assertEquals(ExitCode.OK, created.exit(), created.err());
        } finally {
            sandbox.destroy();
        }
        assertTrue(sandbox.waitFor(15, TimeUnit.SECONDS), "the sandbox stops when killed");
    }

    private static Process start(Map<String, String> environment, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"), "io.xraydesk.Main", "sandbox"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        return builder.start();
    }
}
