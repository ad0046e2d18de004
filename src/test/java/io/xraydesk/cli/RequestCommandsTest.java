package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Envelope;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.SandboxControl;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code request create}, {@code request get} and the framework's failures, run in-process against the sandbox. */
class RequestCommandsTest {

    @RegisterExtension
    final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.defaults());
    private final SandboxControl control = sandbox.control();
    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @TempDir
    Path home;

    private CliHarness cli() {
        return CliHarness.against(sandbox.server(), home);
    }

    /** Here, at real-time speed, the first X-Ray is a minute and a half away: the list is surely empty. */
    @Test
    void reportsOfARequestWithNoneYetSaySo() throws Exception {
        Run created = cli().run("request", "create", "--siren", "514673987", "--json");
        String id = Envelope.unwrap(WireJson.mapper().readTree(created.out()), "request").path("id").asText();

        Run empty = cli().run("reports", id);

        assertEquals(ExitCode.OK, empty.exit(), empty.err());
        assertEquals("No report yet for request " + id + ".", empty.out().strip());
    }

    @Test
    void createsARequestFromPastedInputAndAddsItToTheLocalList() throws Exception {
        Run run = cli().run("request", "create", "--siren", " 514 673 987 ", "--name", "  Atelier \t Dupont ");

        assertEquals(ExitCode.OK, run.exit(), run.err());
        JsonNode stored = control.state().path("requests").get(0);
        assertEquals("514673987", stored.path("code").asText().replaceAll("\\D", ""));
        assertEquals("Atelier Dupont", stored.path("businessName").asText());
        String id = stored.path("id").asText();
        assertTrue(run.out().contains("Request " + id + " created."), run.out());
        assertTrue(run.out().contains("pending_analysis"), run.out());

        try (LocalDatabase database = LocalDatabase.open(AppPaths.at(home).database())) {
            CachedRequest cached = database.requestCache().find(id).orElseThrow();
            assertEquals(RequestOrigin.CREATED_HERE, cached.origin());
            assertEquals("514673987", cached.codeId());
            assertEquals("Atelier Dupont", cached.businessName());
        }
    }

    @Test
    void aSiretIsAcceptedAndTheSirenUsedWithJsonOutput() throws Exception {
        Run run = cli().run("request", "create", "--siren", "514 673 987 00004", "--json");

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.err().startsWith("SIRET given: SIREN ") && run.err().contains("used"), run.err());
        JsonNode request = Envelope.unwrap(WireJson.mapper().readTree(run.out()), "request");
        assertEquals("siren", request.path("code").path("type").asText());
        assertEquals("514673987", request.path("code").path("id").asText());
        assertEquals(control.state().path("requests").get(0).path("id").asText(), request.path("id").asText());
    }

    @Test
    void aBadKeyIsRefusedLocallyAndNothingIsSent() {
        Run run = cli().run("request", "create", "--siren", "514673988");

        assertEquals(ExitCode.VALIDATION, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("check digit"), run.err());
        assertEquals("", run.out());
        assertEquals(0, control.counter("createRequest"));
        assertEquals(0, control.requestCount());
    }

    @Test
    void aBadNameOrCreatorIsRefusedLocally() {
        assertEquals(ExitCode.VALIDATION, cli().run("request", "create", "--kvk", "69599084", "--name", "Acme\u0007")
                .exit());
        Run creator = cli().run("request", "create", "--kvk", "69599084", "--creator", "not an address");
        assertEquals(ExitCode.VALIDATION, creator.exit());
        assertEquals(0, control.counter("createRequest"));
    }

    @Test
    void aCreatorByIdGoesOnTheWire() throws Exception {
        String colleague = "0123456789abcdef01234567";
        sandbox.server().addUser(colleague, "colleague-token");
        Run run = cli().run("request", "create", "--kvk", "6959 9084", "--creator", colleague.toUpperCase(Locale.ROOT),
                "--json");

        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertEquals(colleague, Envelope.unwrap(WireJson.mapper().readTree(run.out()), "request").path("creator").asText());
    }

    @Test
    void getsARequestAsTextAndAsJson() throws Exception {
        String id = Envelope.unwrap(WireJson.mapper().readTree(
                cli().run("request", "create", "--siren", "514673987", "--json").out()), "request").path("id").asText();

        Run text = cli().run("request", "get", id);
        assertEquals(ExitCode.OK, text.exit(), text.err());
        assertTrue(text.out().contains(id) && text.out().contains("siren 514673987"), text.out());

        Run json = cli().run("request", "get", id, "--json");
        JsonNode asSent = Envelope.unwrap(WireJson.mapper().readTree(json.out()), "request");
        assertEquals(id, asSent.path("id").asText());
        assertEquals("pending_analysis", asSent.path("status").asText());
    }

    @Test
    void anUnknownRequestIsNotFound() {
        Run run = cli().run("request", "get", "0123456789abcdef01234567");
        assertEquals(ExitCode.NOT_FOUND, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void refusedCredentialsExitWithTheAuthCodeAndNeverPrintTheToken() {
        Run run = cli().with(CliContext.ENV_SESSION_TOKEN, "a-wrong-secret-token").run("request", "get",
                "0123456789abcdef01234567");

        assertEquals(ExitCode.AUTH, run.exit());
        assertFalse(run.err().contains("a-wrong-secret-token"), run.err());
    }

    @Test
    void anUnreachableApiIsANetworkFailure() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        Run run = cli().with(CliContext.ENV_BASE_URL, "http://127.0.0.1:" + closedPort)
                .run("request", "create", "--siren", "514673987");

        assertEquals(ExitCode.SERVER_OR_NETWORK, run.exit());
        assertTrue(run.err().startsWith("Cannot reach 127.0.0.1"), run.err());
    }

    @Test
    void usageMistakesExitWithTheUsageCode() {
        Run unknownOption = cli().run("request", "get", "0123456789abcdef01234567", "--colour", "red");
        assertEquals(ExitCode.USAGE, unknownOption.exit());
        assertTrue(unknownOption.err().contains("unknown option --colour"), unknownOption.err());

        assertEquals(ExitCode.USAGE, cli().run("request", "create", "--siren", "514673987", "--kvk", "69599084")
                .exit());
        assertEquals(ExitCode.USAGE, cli().run("request", "get").exit());
        assertEquals(ExitCode.USAGE, cli().run("reqest", "get").exit());
        assertEquals(ExitCode.USAGE, new CliHarness(home).run("request", "get", "x").exit(), "no credentials");
        assertEquals(List.of(), control.state().path("requests").findValuesAsText("id"));
    }
}
