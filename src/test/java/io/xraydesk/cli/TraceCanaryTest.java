package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.Envelope;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.contract.TestPdfs;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.MessagesLocale;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --trace} over a whole flow — create, upload, watch, export — against the sandbox with canary
 * credentials: every exchange is there, readable, and no credential, policy or signature is.
 */
class TraceCanaryTest {

    private static final String USER = "c4a7e2b19d3f5a6e8b0c1d2e";
    private static final String TOKEN = "canary-token-b41c9e07d2";
    /** A header, form field or JSON field that carries signing material, by name. */
    private static final Pattern SIGNING_FIELD = Pattern.compile(
            "(?i)^\\s*\"?(policy|x-amz-signature|x-amz-credential|x-amz-security-token|sessionToken|userId)\"?\\s*[:=]");

    @RegisterExtension
    final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.builder().speed(1000).user(USER, TOKEN).build());
    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path home;

    private Run run(String... tokens) {
        Run run = new CliHarness(home).with(CliContext.ENV_BASE_URL, sandbox.server().apiBaseUri().toString())
                .with(CliContext.ENV_USER_ID, USER).with(CliContext.ENV_SESSION_TOKEN, TOKEN).run(tokens);
        assertEquals(ExitCode.OK, run.exit(), run.err());
        return run;
    }

    @Test
    void aWholeFlowIsTracedWithoutASecret() throws Exception {
        Path create = home.resolve("traces/create.txt");
        Path upload = home.resolve("traces/upload.txt");
        Path watch = home.resolve("traces/watch.txt");
        Path export = home.resolve("traces/export.txt");
        String requestId = Envelope.unwrap(WireJson.mapper().readTree(run("request", "create", "--siren", "514673987",
                "--json", "--trace", create.toString()).out()), "request").path("id").asText();
        Path statement = TestPdfs.write(home.resolve("statement.pdf"), "Statement");
        Path accounts = TestPdfs.write(home.resolve("accounts.pdf"), "Accounts");
        run("upload", "--request", requestId, "--kind", "bank_statement", "--period", "month", "--date", "2024-03-31",
                statement.toString(), "--trace", upload.toString());
        run("upload", "--request", requestId, "--kind", "certified_financial_statement", "--period", "year",
                "--date", "2023-12-31", accounts.toString());
        run("watch", requestId, "--interval", "0.05", "--timeout", "60", "--trace", watch.toString());
        run("export", requestId, "--format", "pdf", "--out", home.resolve("request.pdf").toString(),
                "--trace", export.toString());

        for (Path trace : List.of(create, upload, watch, export)) {
            String text = Files.readString(trace, StandardCharsets.UTF_8);
            assertFalse(text.contains(TOKEN), trace + " holds the session token");
            assertFalse(text.contains(USER), trace + " holds the user id");
            assertTrue(text.startsWith("X-Ray Desk diagnostic trace, started "), text);
            assertTrue(text.contains("\n=== #1  "), text);
            assertTrue(text.contains("  sessionToken: ***\n"), text);
            assertTrue(text.lines().reduce((first, second) -> second).orElseThrow().startsWith("End of trace, "),
                    "closed with its count: " + text.substring(Math.max(0, text.length() - 200)));
            for (String line : text.lines().toList()) {
                if (SIGNING_FIELD.matcher(line).find()) {
                    assertTrue(line.matches(".*(\\*\\*\\*|\"\\*\\*\\*\",?)$"), trace + ": " + line);
                }
            }
        }
        String created = Files.readString(create, StandardCharsets.UTF_8);
        assertTrue(created.contains("POST " + sandbox.server().apiBaseUri() + "/requests  (attempt 1)"), created);
        assertTrue(created.contains("<-- HTTP 200 after "), created);
        assertTrue(created.contains("\"id\" : \"" + requestId + "\""), created);
        String uploaded = Files.readString(upload, StandardCharsets.UTF_8);
        assertTrue(uploaded.contains("multipart form fields, in order:"), uploaded);
        assertTrue(uploaded.contains("    file: statement.pdf, " + Files.size(statement) + " bytes, application/pdf "
                + "(contents not recorded)"), uploaded);
        assertFalse(uploaded.contains("%PDF"), "file contents are never recorded");
        assertTrue(Files.readString(watch, StandardCharsets.UTF_8).contains("GET " + sandbox.server().apiBaseUri()
                + "/reports?request=" + requestId), "watch polls are traced");
        assertTrue(Files.readString(export, StandardCharsets.UTF_8).contains("/reports?request=" + requestId));
    }
}
