package io.xraydesk.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.ProxySettings;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The live credential check over real HTTP on loopback: each answer gets its own outcome. */
class CredentialCheckTest {

    private static final String CANARY = "canary-token-5be1f0c2d9";
    private static final ConnectionSettings DIRECT = ConnectionSettings.defaults().withProxy(ProxySettings.none());
    private static SandboxServer sandbox;

    @BeforeAll
    static void startSandbox() {
        Messages.setLocale(Locale.ENGLISH);
        sandbox = SandboxServer.start(SandboxConfig.defaults());
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void theDemoAccountIsAccepted() {
        CheckResult result = CredentialCheck.run(demo(sandbox.apiBaseUri(), SandboxConfig.DEMO_TOKEN), DIRECT);
        assertEquals(CheckOutcome.ACCEPTED, result.outcome(), result.detail());
    }

    @Test
    void aWrongTokenIsRejectedAndNeverEchoed() {
        CheckResult result = CredentialCheck.run(demo(sandbox.apiBaseUri(), CANARY), DIRECT);
        assertEquals(CheckOutcome.REJECTED, result.outcome());
        assertFalse(result.detail().contains(CANARY), result.detail());
        assertFalse(result.message().contains(CANARY));
        assertTrue(result.message().contains("refused"), result.message());
    }

    @Test
    void confirmingAnOpenSessionPassesForAcceptedCredentialsAndOfflineButThrowsWhenRefused() throws IOException {
        CredentialCheck.confirm(client(demo(sandbox.apiBaseUri(), SandboxConfig.DEMO_TOKEN)));
        assertThrows(AuthenticationException.class, () -> CredentialCheck.confirm(client(demo(sandbox.apiBaseUri(),
                CANARY))));
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        // Offline: nothing to decide yet, the screens say so and the next call asks again.
        CredentialCheck.confirm(client(demo(URI.create("http://127.0.0.1:" + closed), CANARY)));
    }

    @Test
    void aClosedPortIsUnreachableAndNamesTheHost() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        CheckResult result = CredentialCheck.run(demo(URI.create("http://127.0.0.1:" + closed), CANARY), DIRECT);
        assertEquals(CheckOutcome.UNREACHABLE, result.outcome());
        assertTrue(result.message().contains("127.0.0.1"), result.message());
    }

    @Test
    void aNonRoutableAddressIsUnreachableWithinTheConnectTimeout() {
        ConnectionSettings quick = DIRECT.withTimeouts(Duration.ofMillis(700), Duration.ofSeconds(5));
        long start = System.nanoTime();
        // TEST-NET-1 (RFC 5737): never routed, so the connection either times out or fails at once.
        CheckResult result = CredentialCheck.run(demo(URI.create("https://192.0.2.1"), CANARY), quick);
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(CheckOutcome.UNREACHABLE, result.outcome(), result.detail());
        assertTrue(elapsedMillis < 4_000, "took " + elapsedMillis + " ms");
        assertTrue(result.message().contains("192.0.2.1"));
    }

    @Test
    void aWebPageOrAMissingRouteIsTheWrongUrl() throws IOException {
        HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        other.createContext("/", exchange -> {
            byte[] page = "<html><body>Not Found</body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(404, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        other.createContext("/portal", exchange -> {
            byte[] page = "<html>Welcome</html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        other.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + other.getAddress().getPort());
            assertEquals(CheckOutcome.WRONG_URL, CredentialCheck.run(demo(base, CANARY), DIRECT).outcome());
            assertEquals(CheckOutcome.WRONG_URL,
                    CredentialCheck.run(demo(base.resolve("/portal"), CANARY), DIRECT).outcome());
        } finally {
            other.stop(0);
        }
    }

    @Test
    void aServerErrorIsSaidAsSuch() throws IOException {
        HttpServer failing = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        failing.createContext("/", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        failing.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + failing.getAddress().getPort());
            assertEquals(CheckOutcome.SERVER_ERROR, CredentialCheck.run(demo(base, CANARY), DIRECT).outcome());
        } finally {
            failing.stop(0);
        }
    }

    @Test
    void interruptingTheThreadCancelsAHangingCheck() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            URI base = URI.create("http://127.0.0.1:" + silent.getLocalPort());
            Thread[] worker = new Thread[1];
            CompletableFuture<CheckResult> result = new CompletableFuture<>();
            worker[0] = new Thread(() -> result.complete(CredentialCheck.run(demo(base, CANARY), DIRECT)));
            worker[0].start();
            silent.accept();
            worker[0].interrupt();
            assertEquals(CheckOutcome.CANCELLED, result.get(5, TimeUnit.SECONDS).outcome());
        }
    }

    private static OctoberClient client(ApiCredentials credentials) {
        return new OctoberClient(credentials, HttpClientFactory.create(DIRECT), RetryPolicy.none(), DIRECT);
    }

    private static ApiCredentials demo(URI base, String token) {
        return ApiCredentials.of(base, SandboxConfig.DEMO_USER_ID, token);
    }
}
