package io.xraydesk.relay;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.WebhookSetting;
import io.xraydesk.api.model.WebhookSignature;
import io.xraydesk.core.watch.CountingHttpClient;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.store.TeamDatabase;
import io.xraydesk.store.TeamDatabaseAddress;
import io.xraydesk.testing.PostgresServer;
import io.xraydesk.testing.SandboxControl;
import io.xraydesk.testing.TeamFixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A relay in this JVM over a real sandbox (whose webhooks it receives over loopback) and a team
 * database of its own on the tests' real PostgreSQL. The relay's client counts every call on the wire.
 */
final class RelayFixture implements AutoCloseable {

    /** October retries for some 15 s: long enough to outlast a restart of the database. */
    final SandboxServer sandbox = SandboxServer.start(SandboxConfig.builder()
            .webhookRetries(6, Duration.ofMillis(500)).build());
    final SandboxControl control = new SandboxControl(sandbox);
    final PostgresServer postgres;
    /** The team database's address as a workstation is given it (without the password). */
    final String addressText;
    final TeamDatabaseAddress address;
    final TeamDatabase team;
    final CountingHttpClient calls = new CountingHttpClient(Clock.systemUTC());
    final OctoberClient analyst = control.client(RetryPolicy.none());
    final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    final int port = freeLoopbackPort();
    final URI publicUrl = URI.create("http://127.0.0.1:" + port + "/october");
    private final HttpClient http = HttpClient.newHttpClient();
    private Relay relay;

    /** Over the tests' shared PostgreSQL. */
    RelayFixture() {
        this(PostgresServer.shared());
    }

    /** Over {@code postgres}, which a test may stop and start again. */
    RelayFixture(PostgresServer postgres) {
        this.postgres = postgres;
        addressText = postgres.url(postgres.newDatabase()) + "?user=" + PostgresServer.SUPERUSER;
        address = TeamDatabaseAddress.parse(addressText);
        team = TeamDatabase.open(address, postgres.password());
    }

    /** Starts the relay, registered with the sandbox's business; a test may fill the team database first. */
    RelayFixture start() {
        OctoberClient relayClient = new OctoberClient(control.demoCredentials(), calls, RetryPolicy.none());
        relay = Relay.start(new Relay.Config(new InetSocketAddress("127.0.0.1", port), Optional.of(publicUrl),
                Optional.of(sandbox.demoUser().businessId()), WatchPolicy.defaults()), relayClient, team,
                new PrintStream(logged, true, StandardCharsets.UTF_8), Clock.systemUTC());
        return this;
    }

    AnalysisRequest createRequest() {
        return analyst.createRequest(NewRequest.of(CompanyCode.siren("514673987")));
    }

    /** The key October generated for the relay's webhook when the relay registered it. */
    String webhookKey() {
        return analyst.getBusiness(sandbox.demoUser().businessId()).settingsOrEmpty().webhooks().stream()
                .filter(hook -> hook.url().equals(publicUrl.toString())).map(WebhookSetting::key).findFirst()
                .orElseThrow();
    }

    /** Posts {@code body} to the relay as October would, signed with {@code key} (unsigned when null). */
    int deliver(String body, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(publicUrl).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header(WebhookSignature.HEADER, WebhookSignature.sign(body.getBytes(StandardCharsets.UTF_8), key));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    HttpResponse<String> health() throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The relay's calls to read requests and reports ({@code GET /requests/{id}}, {@code GET /reports?request=…}),
     * the business's settings left out; each test watches one request, so they are all that request's.
     */
    long refreshCalls() {
        return calls.count("/requests/") + calls.count("/reports");
    }

    String log() {
        return logged.toString(StandardCharsets.UTF_8);
    }

    /** Waits for {@code condition}, checking it every 20 ms; fails after {@code atMost}. */
    static void waitUntil(Duration atMost, BooleanSupplier condition) throws InterruptedException {
        TeamFixture.waitUntil(atMost, condition);
    }

    static int freeLoopbackPort() {
        return TeamFixture.freeLoopbackPort();
    }

    @Override
    public void close() {
        try {
            if (relay != null) {
                relay.close();
            }
        } finally {
            team.close();
            sandbox.close();
        }
    }
}
