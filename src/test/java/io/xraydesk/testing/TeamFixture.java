package io.xraydesk.testing;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.core.team.TeamAccess;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.relay.Relay;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.store.TeamDatabase;
import io.xraydesk.store.TeamDatabaseAddress;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A team on this machine: the sandbox as October (its webhooks go to the relay over loopback), a team
 * database of its own on a real PostgreSQL, and a relay in this JVM, started and stopped by the test.
 * Desktops join it through {@link #access()}.
 */
public final class TeamFixture implements AutoCloseable {

    public final SandboxServer sandbox;
    public final SandboxControl control;
    public final PostgresServer postgres;
    public final TeamDatabaseAddress address;
    /** Chosen at the relay's first start, once the sandbox's ports are bound: none of them can be it. */
    private int relayPort;
    private TeamDatabase relayDatabase;
    private Relay relay;

    public TeamFixture(PostgresServer postgres) {
        this(postgres, SandboxConfig.builder().webhookRetries(6, Duration.ofMillis(500)).build());
    }

    public TeamFixture(PostgresServer postgres, SandboxConfig sandboxConfig) {
        this.postgres = postgres;
        this.sandbox = SandboxServer.start(sandboxConfig);
        this.control = new SandboxControl(sandbox);
        this.address = TeamDatabaseAddress.parse(postgres.url(postgres.newDatabase()) + "?user="
                + PostgresServer.SUPERUSER);
    }

    /** How a desktop of this team reaches the team database (the password as from the keychain). */
    public TeamAccess access() {
        return new TeamAccess(address, () -> Optional.of(postgres.password()));
    }

    /** A team database connection of the test's own, for looking at or filling the rows. */
    public TeamDatabase openTeam() {
        return TeamDatabase.open(address, postgres.password());
    }

    /** Starts the relay, registered in the sandbox business's webhook settings. */
    public TeamFixture startRelay(OctoberClient relayClient) {
        relayDatabase = openTeam();
        if (relayPort == 0) {
            relayPort = freeLoopbackPort();
        }
        URI publicUrl = URI.create("http://127.0.0.1:" + relayPort + "/october");
        relay = Relay.start(new Relay.Config(new InetSocketAddress("127.0.0.1", relayPort), Optional.of(publicUrl),
                Optional.of(sandbox.demoUser().businessId()), WatchPolicy.defaults()), relayClient, relayDatabase,
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8), Clock.systemUTC());
        return this;
    }

    public TeamFixture startRelay() {
        return startRelay(control.client(RetryPolicy.none()));
    }

    public void stopRelay() {
        if (relay != null) {
            relay.close();
            relayDatabase.close();
            relay = null;
        }
    }

    /** A request created by someone outside the desktops (the October web app, say). */
    public AnalysisRequest createRequest(String siren) {
        return control.client(RetryPolicy.none()).createRequest(NewRequest.of(CompanyCode.siren(siren)));
    }

    /** Waits for {@code condition}, checking it every 20 ms; fails after {@code atMost}. */
    public static void waitUntil(Duration atMost, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + atMost.toMillis() + " ms");
            }
            Thread.sleep(20);
        }
    }

    /** A port free on the loopback interface now, for a server the test starts. */
    public static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            stopRelay();
        } finally {
            sandbox.close();
        }
    }
}
