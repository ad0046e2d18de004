package io.xraydesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.xraydesk.testing.TestCertificates;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;

/** The API over HTTPS with a certificate made by keytool for the tests. */
class SandboxHttpsTest {

    @Test
    void servesTheApiOverTlsToAClientThatTrustsTheCertificate() throws Exception {
        TestCertificates certificates = TestCertificates.shared();
        SandboxConfig https = SandboxConfig.builder().sslContext(certificates.serverContext()).build();
        try (SandboxServer server = SandboxServer.start(https)) {
            assertEquals("https", server.apiBaseUri().getScheme());
            HttpClient trustingClient = HttpClient.newBuilder().sslContext(certificates.clientContext()).build();
            SandboxHttp trusting = new SandboxHttp(server, trustingClient);
            SandboxHttp.Answer created = trusting.post("/requests", "{\"code\":{\"type\":\"siren\",\"id\":\"514673987\"}}");
            assertEquals(200, created.status());
            SandboxHttp untrusting = new SandboxHttp(server);
            assertThrows(UncheckedIOException.class, () -> untrusting.get("/requests/x"));
        }
    }
}
