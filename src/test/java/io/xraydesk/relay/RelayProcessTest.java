package io.xraydesk.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.store.CachedReport;
import io.xraydesk.store.TeamDatabase;
import io.xraydesk.store.TeamDatabaseAddress;
import io.xraydesk.store.TeamDatabaseSetting;
import io.xraydesk.testing.PostgresServer;
import io.xraydesk.testing.SandboxControl;
import io.xraydesk.testing.SeparateJvmCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code xray-desk relay} as IT runs it: a JVM of its own over the real sandbox and a real PostgreSQL,
 * killed with SIGKILL between accepting a delivery and writing what it names, stopped with SIGTERM,
 * and never loading a JavaFX class.
 */
class RelayProcessTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final SeparateJvmCli cli = new SeparateJvmCli();
    private final SandboxControl control = new SandboxControl(cli.sandbox.server);
    private final PostgresServer postgres = PostgresServer.shared();
    private final String address = postgres.url(postgres.newDatabase()) + "?user=" + PostgresServer.SUPERUSER;
    private final int port = RelayFixture.freeLoopbackPort();
    private int started;

    @AfterEach
    void close() {
        cli.close();
    }

    @Test
    void aRelayKilledBetweenAcceptingADeliveryAndWritingItLosesNothingAndDuplicatesNothing() throws Exception {
        Process first = start();
        String requestId = cli.sandbox.createRequest();
        // The relay's read of the request hangs: it has accepted the delivery and cannot write it yet.
        control.armApiFault("GET", "/requests/*", "hang", 1, 0);
        control.advance(95);
        try (TeamDatabase team = team()) {
            RelayFixture.waitUntil(Duration.ofSeconds(10), () -> !team.relayDeliveries().pending().isEmpty()
                    && control.counter("faultsInjected") >= 1);
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            control.disarmApiFaults();
            assertTrue(team.requestCache().find(requestId).isEmpty(), "killed before anything was written");
            assertTrue(delivered(requestId), "October was answered 2xx, so it will not send the delivery again");

            Process second = start();
            RelayFixture.waitUntil(Duration.ofSeconds(15), () -> team.relayDeliveries().pending().isEmpty()
                    && !team.reportCache().forRequest(requestId).isEmpty());
            assertTrue(team.requestCache().find(requestId).isPresent());
            List<CachedReport> reports = team.reportCache().forRequest(requestId);
            assertEquals(List.of("esg"), reports.stream().map(CachedReport::source).toList(), "one ESG report, once");
            stop(second);
        }
    }

    @Test
    void sigtermStopsTheRelayCleanlyAndNoJavafxClassIsEverLoaded() throws Exception {
        Process relay = start();
        String output = stop(relay);
        assertTrue(output.contains("Relay stopped"), output);
        String classes = Files.readString(classLog(started), StandardCharsets.UTF_8);
        assertTrue(classes.contains("io.xraydesk.relay.Relay "), "the class log is the relay's");
        assertFalse(classes.contains("javafx."), "a JavaFX class was loaded");
    }

    /** Starts {@code xray-desk relay} and waits for its ready line. */
    private Process start() throws IOException, InterruptedException {
        started++;
        ProcessBuilder builder = cli.command(List.of("relay", "--team-db", address, "--listen", "127.0.0.1:" + port,
                "--public-url", "http://127.0.0.1:" + port + "/october", "--business-id",
                cli.sandbox.server.demoUser().businessId()));
        builder.command().add(1, "-Xlog:class+load=info:file=" + classLog(started));
        builder.environment().put(TeamDatabaseSetting.PASSWORD_VARIABLE, postgres.password());
        builder.redirectErrorStream(true).redirectOutput(output(started).toFile());
        Process process = builder.start();
        String ready = "Relay listening on http://127.0.0.1:" + port;
        RelayFixture.waitUntil(START_TIMEOUT, () -> read(output(started)).contains(ready) || !process.isAlive());
        assertTrue(process.isAlive(), read(output(started)));
        return process;
    }

    /** SIGTERM; returns what the relay printed. */
    private String stop(Process relay) throws InterruptedException {
        relay.destroy();
        assertTrue(relay.waitFor(20, TimeUnit.SECONDS), "the relay did not stop on SIGTERM");
        String output = read(output(started));
        // 143 is how the JVM ends on SIGTERM once its shutdown hooks ran (the unit counts it as success).
        assertEquals(143, relay.exitValue(), output);
        assertFalse(output.contains(postgres.password()), "the database password is never printed");
        assertFalse(output.contains(cli.sandbox.server.demoUser().token()), "the API token is never printed");
        return output;
    }

    private boolean delivered(String requestId) {
        var deliveries = control.state().path("webhookDeliveries");
        for (var delivery : deliveries) {
            if (delivery.path("requestId").asText().equals(requestId) && delivery.path("delivered").asBoolean()) {
                return true;
            }
        }
        return false;
    }

    private TeamDatabase team() {
        return TeamDatabase.open(TeamDatabaseAddress.parse(address), postgres.password());
    }

    private Path output(int run) {
        return cli.folder.resolve("relay-" + run + ".out");
    }

    private Path classLog(int run) {
        return cli.folder.resolve("relay-" + run + "-classes.log");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }
}
