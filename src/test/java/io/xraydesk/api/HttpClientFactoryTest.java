package io.xraydesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.ScriptedServer.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared client factory: proxy routing and its credentials, no redirects, sane defaults. */
class HttpClientFactoryTest {

    @Test
    void aManualProxyReceivesTheCallsAndOnlyItGetsTheProxyPassword() throws Exception {
        try (ScriptedServer proxy = ScriptedServer.start()) {
            proxy.enqueue(Reply.with(407, Map.of("Proxy-Authenticate", "Basic realm=\"corp\""), ""),
                    Reply.json(200, "{\"report\":{\"id\":\"r1\"}}"));
            ConnectionSettings settings = Fixtures.settings().withProxy(ProxySettings.manual("127.0.0.1",
                    proxy.baseUri().getPort(), "alice", "pr0xy-pass".toCharArray()));
            OctoberClient client = new OctoberClient(Fixtures.credentials(URI.create("http://localhost:9")),
                    HttpClientFactory.create(settings), RetryPolicy.none(), settings);

            assertEquals("r1", client.getReport("r1").id());

            ScriptedServer.Recorded authorised = proxy.requests().get(1);
            assertEquals("/reports/r1", authorised.path());
            assertEquals("Basic " + Base64.getEncoder().encodeToString("alice:pr0xy-pass".getBytes(StandardCharsets.UTF_8)),
                    authorised.header("Proxy-Authorization"));
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aServer401StaysAn401AndNeverReceivesTheProxyCredentials(boolean challenge) throws Exception {
        try (ScriptedServer server = ScriptedServer.start()) {
            server.enqueue(Reply.with(401, challenge ? Map.of("WWW-Authenticate", "Basic realm=\"api\"") : Map.of(),
                    "{\"error\":\"unauthorized\"}"));
            // The scripted server is the proxy here, and answers as the API would.
            ConnectionSettings settings = Fixtures.settings().withProxy(
                    ProxySettings.manual("127.0.0.1", server.baseUri().getPort(), "alice", "pr0xy-pass"));
            OctoberClient client = new OctoberClient(Fixtures.credentials(server.baseUri()),
                    HttpClientFactory.create(settings), RetryPolicy.none(), settings);
            assertThrows(AuthenticationException.class, () -> client.getReport("r1"));
            assertEquals(1, server.requests().size());
            assertNull(server.only().header("Authorization"));
        }
    }

    @Test
    void theFactoryPinsHttp11AndNeverFollowsRedirects() {
        HttpClient http = HttpClientFactory.create(Fixtures.settings());
        assertEquals(HttpClient.Version.HTTP_1_1, http.version());
        assertEquals(HttpClient.Redirect.NEVER, http.followRedirects());
        assertEquals(Duration.ofSeconds(2), http.connectTimeout().orElseThrow());
        assertTrue(http.proxy().isPresent());
    }

    @Test
    void defaultsAndValidation() {
        ConnectionSettings defaults = ConnectionSettings.defaults();
        assertEquals(ProxySettings.Mode.SYSTEM, defaults.proxy().mode());
        assertTrue(defaults.userAgent().matches("XRayDesk/\\S+ Java/\\d+"), defaults.userAgent());
        assertThrows(IllegalArgumentException.class, () -> ProxySettings.manual("proxy", 0));
        assertThrows(IllegalArgumentException.class, () -> defaults.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)));
        String shown = ProxySettings.manual("proxy.corp", 3128, "alice", "pr0xy-pass").toString();
        assertFalse(shown.contains("pr0xy-pass"), shown);
    }
}
