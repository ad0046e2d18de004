package io.xraydesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.ScriptedServer.Recorded;
import io.xraydesk.api.ScriptedServer.Reply;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Business;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.RequestNotes;
import io.xraydesk.api.model.WebhookSetting;
import io.xraydesk.api.model.WireJson;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What goes on the wire for each endpoint: paths, headers, bodies, and the request-path alias. */
class OctoberClientTest {

    private static final String REQUEST = "{\"request\":{\"id\":\"635107e452436f15d3b39d87\","
            + "\"code\":{\"type\":\"siren\",\"id\":\"514673987\"},\"status\":\"pending_analysis\",\"stage\":\"1.1\"}}";

    @RegisterExtension
    final ScriptedServer server = ScriptedServer.start();
    private final OctoberClient client = Fixtures.client(server);

    @Test
    void everyCallCarriesTheThreeOctoberHeadersAndAcceptsJson() {
        server.enqueue(Reply.json(200, REQUEST));
        client.getRequest("635107e452436f15d3b39d87");
        Recorded get = server.only();
        assertEquals("GET", get.method());
        assertEquals("/requests/635107e452436f15d3b39d87", get.path());
        assertEquals(Fixtures.USER_ID, get.header("userId"));
        assertEquals(Fixtures.TOKEN, get.header("sessionToken"));
        assertEquals("2024-01-25", get.header("October-Version"));
        assertEquals("application/json", get.header("Accept"));
        assertTrue(get.header("User-Agent").startsWith("XRayDesk/"), get.header("User-Agent"));
        assertNull(get.header("Content-Type"), "a GET has no body, hence no Content-Type");
    }

    @Test
    void createRequestPostsTheBodyAsJson() throws Exception {
        server.enqueue(Reply.json(201, REQUEST));
        AnalysisRequest created = client.createRequest(new NewRequest(CompanyCode.siren("514673987"), "Acme", null, null));
        Recorded post = server.only();
        assertEquals("POST", post.method());
        assertEquals("/requests", post.path());
        assertEquals("application/json", post.header("Content-Type"));
        assertEquals(Fixtures.TOKEN, post.header("sessionToken"));
        assertEquals(WireJson.mapper().readTree("{\"code\":{\"type\":\"siren\",\"id\":\"514673987\"},\"businessName\":\"Acme\"}"),
                WireJson.mapper().readTree(post.body()));
        assertEquals("635107e452436f15d3b39d87", created.id());
    }

    @Test
    void notesAreSentUnderANotesKeyOnTheRequestPath() throws Exception {
        server.enqueue(Reply.json(200, REQUEST));
        client.updateRequestNotes("635107e452436f15d3b39d87",
                new RequestNotes(true, 12, new BigDecimal("-5000"), null, null, null));
        Recorded post = server.only();
        assertEquals("/requests/635107e452436f15d3b39d87", post.path());
        assertEquals(WireJson.mapper().readTree("{\"notes\":{\"holding\":true,\"workforceNumber\":12,\"equity\":-5000}}"),
                WireJson.mapper().readTree(post.body()));
    }

    @Test
    void finalisationSendsStatusOnlineWithPeriodAndDateUnderMeta() throws Exception {
        server.enqueue(Reply.json(200, "{\"medium\":{\"id\":\"m1\",\"status\":\"online\"}}"));
        assertEquals("online", client.finaliseMedium("m1", MediumFinalisation.online("month", "2025-12-31")).status());
        assertEquals("/media/m1", server.only().path());
        assertEquals(WireJson.mapper().readTree("{\"status\":\"online\",\"meta\":{\"period\":\"month\",\"date\":\"2025-12-31\"}}"),
                WireJson.mapper().readTree(server.only().body()));
    }

    @Test
    void webhookUpdateSendsTheFullListUnderSettings() throws Exception {
        server.enqueue(Reply.json(200, "{\"business\":{\"id\":\"b1\",\"settings\":{\"webhooks\":[]}}}"));
        client.updateWebhooks("b1", List.of(
                new WebhookSetting("https://example.org/october-hook", List.of("new_report"), null),
                new WebhookSetting("https://example.org/other", List.of("update_request"), "k1")));
        assertEquals("/businesses/b1", server.only().path());
        assertEquals(WireJson.mapper().readTree("{\"settings\":{\"webhooks\":["
                        + "{\"url\":\"https://example.org/october-hook\",\"events\":[\"new_report\"]},"
                        + "{\"url\":\"https://example.org/other\",\"events\":[\"update_request\"],\"key\":\"k1\"}]}}"),
                WireJson.mapper().readTree(server.only().body()));
    }

    @Test
    void reportQueryIsEncodedAndSourceIsOptional() {
        server.enqueue(Reply.json(200, "{\"reports\":[]}"), Reply.json(200, "[]"));
        client.listReports("635107e452436f15d3b39d87", "esg");
        client.listReports("a b&c", null);
        assertEquals("request=635107e452436f15d3b39d87&source=esg", server.requests().get(0).query());
        assertEquals("request=a+b%26c", server.requests().get(1).query());
        assertEquals("/reports", server.requests().get(1).path());
    }

    @Test
    void idsAreEncodedAsASinglePathSegment() {
        server.enqueue(Reply.json(200, "{\"report\":{\"id\":\"x\"}}"));
        client.getReport("../businesses/b1");
        assertEquals("/reports/..%2Fbusinesses%2Fb1", server.only().path());
    }

    @Test
    void missingRouteFallsBackToTheSingularAliasAndRemembersIt() {
        server.enqueue(Reply.text(404, "<h1>404 Not Found</h1>"), Reply.json(200, REQUEST), Reply.json(200, REQUEST));
        assertEquals("635107e452436f15d3b39d87", client.getRequest("635107e452436f15d3b39d87").id());
        client.getRequest("635107e452436f15d3b39d87");
        List<String> paths = server.requests().stream().map(Recorded::path).toList();
        assertEquals(List.of("/requests/635107e452436f15d3b39d87", "/request/635107e452436f15d3b39d87",
                "/request/635107e452436f15d3b39d87"), paths);
    }

    @Test
    void aJsonNotFoundIsARealNotFoundWithoutFallback() {
        server.enqueue(Reply.json(404, "{\"error\":\"not_found\",\"message\":\"No such request\"}"));
        NotFoundException missing = assertThrows(NotFoundException.class, () -> client.getRequest("deadbeef"));
        assertEquals(404, missing.status());
        assertTrue(missing.getMessage().contains("No such request"), missing.getMessage());
        assertEquals(1, server.requests().size());
    }

    @Test
    void whenTheAliasIsMissingTooTheCanonicalPathIsKept() {
        server.enqueue(Reply.text(404, "nope"), Reply.text(404, "nope"), Reply.json(200, REQUEST));
        assertThrows(NotFoundException.class, () -> client.getRequest("x1"));
        client.getRequest("x1");
        assertEquals("/requests/x1", server.requests().get(2).path());
    }

    @Test
    void businessWebhooksAreReadFromTheSettings() {
        server.enqueue(Reply.json(200, "{\"business\":{\"id\":\"b1\",\"name\":\"Bank\",\"settings\":{\"webhooks\":"
                + "[{\"url\":\"https://example.org/october-hook\",\"events\":[\"new_report\"],\"key\":\"s3cr3t\"}]}}}"));
        Business business = client.getBusiness("b1");
        assertEquals("/businesses/b1", server.only().path());
        assertEquals(List.of(new WebhookSetting("https://example.org/october-hook", List.of("new_report"), "s3cr3t")),
                business.settingsOrEmpty().webhooks());
    }

    @Test
    void reportDataIsKeptAsATree() {
        server.enqueue(Reply.json(200, "{\"id\":\"r1\",\"request\":\"q1\",\"source\":\"bank\",\"score\":\"B\","
                + "\"createdAt\":\"2025-01-02T03:04:05Z\",\"data\":{\"dataSanity\":0.82}}"));
        Report report = client.getReport("r1");
        JsonNode data = report.data();
        assertEquals(0.82, data.get("dataSanity").asDouble());
        assertEquals("B", report.score());
    }
}
