package io.xraydesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.testing.LiveSandbox;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Authentication and the request endpoints, over real HTTP. */
class SandboxRequestsTest {

    @RegisterExtension
    static final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.defaults());
    static final SandboxServer server = sandbox.server();
    static final SandboxHttp http = new SandboxHttp(server);

    @Test
    void demoUserIsTheDocumentedOne() {
        assertEquals("6413297aad6e59418e7748f9", server.demoUser().userId());
        assertEquals(SandboxConfig.DEMO_BUSINESS_ID, server.demoUser().businessId());
        assertTrue(!server.demoUser().toString().contains(server.demoUser().token()));
        assertTrue(server.s3BaseUri().getPort() != server.apiBaseUri().getPort());
    }

    @Test
    void missingHeadersAreRefusedWith401() {
        SandboxHttp.Answer a = http.send(HttpRequest.newBuilder(server.apiBaseUri().resolve("/requests/x")).GET().build());
        assertEquals(401, a.status());
        assertEquals("unauthorized", a.json().path("error").asText());
        assertTrue(a.json().path("message").asText().contains("sessionToken"));
    }

    @Test
    void wrongTokenIsRefusedWith401AndNeverEchoed() {
        SandboxHttp.Answer a = http.send(HttpRequest.newBuilder(server.apiBaseUri().resolve("/requests"))
                .header("userId", server.demoUser().userId()).header("sessionToken", "guess-123")
                .header("October-Version", "2024-01-25").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(401, a.status());
        assertTrue(!a.body().contains("guess-123"));
    }

    @Test
    void headerNamesMatchInAnyCasing() {
        SandboxHttp.Answer a = http.send(HttpRequest.newBuilder(server.apiBaseUri().resolve("/requests/"
                + "000000000000000000000000")).header("USERID", server.demoUser().userId())
                .header("sessiontoken", server.demoUser().token()).header("october-version", "2023-06-01").GET().build());
        assertEquals(404, a.status(), a.body());
        assertEquals("not_found", a.json().path("error").asText());
    }

    @Test
    void malformedVersionIs400() {
        SandboxHttp.Answer a = http.send(http.authed("/requests/abc").setHeader("October-Version", "25/01/2024")
                .GET().build());
        assertEquals(400, a.status());
        assertEquals("invalid_version", a.json().path("error").asText());
    }

    @Test
    void createsThenGetsARequestAlsoThroughTheSingularAlias() {
        SandboxHttp.Answer created = http.post("/requests", "{\"code\":{\"type\":\"siren\",\"id\":\"514673987\"}}");
        assertEquals(200, created.status(), created.body());
        JsonNode request = created.json().path("request");
        String id = request.path("id").asText();
        assertTrue(id.matches("[0-9a-f]{24}"), id);
        assertEquals("pending_analysis", request.path("status").asText());
        assertEquals("1.1", request.path("stage").asText());
        assertEquals("SIREN 514673987", request.path("businessName").asText());
        assertEquals(server.demoUser().userId(), request.path("creator").asText());
        assertTrue(request.hasNonNull("createdAt") && request.hasNonNull("updatedAt"));

        assertEquals(id, http.get("/requests/" + id).json().path("request").path("id").asText());
        assertEquals(id, http.get("/request/" + id).json().path("request").path("id").asText());
    }

    @Test
    void keepsBusinessNameCreatorAndNotesGivenAtCreation() {
        JsonNode request = http.post("/requests", "{\"code\":{\"type\":\"kvk\",\"id\":\"24288945\"},"
                + "\"businessName\":\"Acme BV\",\"creator\":\"6464ba07cbddbd090b267260\","
                + "\"notes\":{\"holding\":false,\"workforceNumber\":12,\"equity\":-1500.5}}").json().path("request");
        assertEquals("Acme BV", request.path("businessName").asText());
        assertEquals("6464ba07cbddbd090b267260", request.path("creator").asText());
        assertEquals(12, request.path("notes").path("workforceNumber").asInt());
        assertEquals(-1500.5, request.path("notes").path("equity").asDouble());
    }

    @Test
    void invalidSirenNamesTheFieldAndTheRule() {
        SandboxHttp.Answer a = http.post("/requests", "{\"code\":{\"type\":\"siren\",\"id\":\"514673988\"}}");
        assertEquals(400, a.status());
        assertEquals("invalid_code", a.json().path("error").asText());
        assertEquals("code.id", a.json().path("field").asText());
        assertTrue(a.json().path("message").asText().contains("not a valid SIREN"), a.body());
    }

    @Test
    void laPosteSirenIsAcceptedAndOtherCodesChecked() {
        assertEquals(200, http.post("/requests", "{\"code\":{\"type\":\"siren\",\"id\":\"356000000\"}}").status());
        assertEquals(400, http.post("/requests", "{\"code\":{\"type\":\"kvk\",\"id\":\"2428894\"}}").status());
        SandboxHttp.Answer other = http.post("/requests", "{\"code\":{\"type\":\"duns\",\"id\":\"123\"}}");
        assertEquals(400, other.status());
        assertEquals("code.type", other.json().path("field").asText());
        assertEquals(400, http.post("/requests", "not json").status());
    }

    @Test
    void unknownRequestIs404Json() {
        SandboxHttp.Answer a = http.get("/requests/635107e452436f15d3b39d87");
        assertEquals(404, a.status());
        assertEquals("not_found", a.json().path("error").asText());
    }

    @Test
    void notesAreAddedLaterAndValidated() {
        String id = http.createRequest("514673987");
        SandboxHttp.Answer bad = http.post("/requests/" + id, "{\"notes\":{\"workforceNumber\":0}}");
        assertEquals(400, bad.status());
        assertEquals("notes.workforceNumber", bad.json().path("field").asText());
        http.post("/requests/" + id, "{\"notes\":{\"revenue\":1200000}}");
        JsonNode notes = http.post("/requests/" + id, "{\"notes\":{\"workforceNumber\":8}}").json()
                .path("request").path("notes");
        assertEquals(1200000, notes.path("revenue").asInt());
        assertEquals(8, notes.path("workforceNumber").asInt());
    }

    @Test
    void revokedTokenIsRefusedFromThenOn() {
        String userId = "6464ba07cbddbd090b267261";
        server.addUser(userId, "second-token");
        HttpRequest call = HttpRequest.newBuilder(server.apiBaseUri().resolve("/requests/635107e452436f15d3b39d87"))
                .header("userId", userId).header("sessionToken", "second-token").header("October-Version", "2024-01-25")
                .GET().build();
        assertEquals(404, http.send(call).status());
        assertEquals(204, http.control("POST", "/_sandbox/revoke", "{\"userId\":\"" + userId + "\"}").status());
        assertEquals(401, http.send(call).status());
        assertEquals(404, http.control("POST", "/_sandbox/revoke", "{\"userId\":\"ffffffffffffffffffffffff\"}").status());
    }

    @Test
    void countsEachCreation() {
        long before = http.state().path("counters").path("createRequest").asLong();
        http.createRequest("514673987");
        assertEquals(before + 1, http.state().path("counters").path("createRequest").asLong());
    }
}
