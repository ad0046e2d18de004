package io.xraydesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.testing.LiveSandbox;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The recherche-entreprises emulation: shape, stable names, magic SIRENs. */
class SandboxLookupTest {

    @RegisterExtension
    static final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.defaults());
    static final SandboxServer server = sandbox.server();
    static final SandboxHttp http = new SandboxHttp(server);

    @Test
    void findsAnActiveCompanyWithTheGovernmentShape() {
        JsonNode body = search("514673987");
        assertEquals(1, body.path("total_results").asInt());
        assertEquals(1, body.path("page").asInt());
        assertEquals(10, body.path("per_page").asInt());
        JsonNode company = body.path("results").get(0);
        assertEquals("514673987", company.path("siren").asText());
        assertEquals("A", company.path("etat_administratif").asText());
        assertEquals(5, company.path("siege").path("code_postal").asText().length());
        assertEquals(true, company.path("activite_principale").asText().matches("\\d\\d\\.\\d\\d[A-Z]"));
        assertEquals(company.path("nom_complet"), search("514 673 987").path("results").get(0).path("nom_complet"));
        assertNotEquals(company.path("nom_complet"), search("732829320").path("results").get(0).path("nom_complet"));
    }

    @Test
    void magicSirensGiveAClosedCompanyAndNoResult() {
        assertEquals("C", search(CompanyRegistry.CLOSED_SIREN).path("results").get(0).path("etat_administratif").asText());
        JsonNode none = search(CompanyRegistry.UNKNOWN_SIREN);
        assertEquals(0, none.path("total_results").asInt());
        assertEquals(0, none.path("results").size());
    }

    @Test
    void needsNoOctoberHeadersAndRefusesAnEmptyQuery() {
        SandboxHttp.Answer a = http.send(HttpRequest.newBuilder(URI.create(server.lookupBaseUri() + "/search?q=")).GET()
                .build());
        assertEquals(400, a.status());
    }

    private static JsonNode search(String q) {
        SandboxHttp.Answer a = http.send(HttpRequest.newBuilder(URI.create(server.lookupBaseUri() + "/search?q="
                + q.replace(" ", "%20"))).GET().build());
        assertEquals(200, a.status(), a.body());
        return a.json();
    }
}
