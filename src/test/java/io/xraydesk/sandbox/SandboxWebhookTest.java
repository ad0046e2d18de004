package io.xraydesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.xraydesk.api.model.WebhookSignature;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.testing.PdfSignedBytes;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhook settings and signed, retried deliveries to a real receiver on loopback. */
class SandboxWebhookTest {

    private record Delivery(byte[] body, String signature) {
    }

    private SandboxServer server;
    private SandboxHttp http;
    private HttpServer receiver;
    private final BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresToServe = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxConfig.builder().webhookRetries(3, Duration.ofMillis(50)).build());
        http = new SandboxHttp(server);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", ex -> {
            received.add(new Delivery(ex.getRequestBody().readAllBytes(),
                    ex.getRequestHeaders().getFirst(WebhookSignature.HEADER)));
            ex.sendResponseHeaders(failuresToServe.getAndDecrement() > 0 ? 500 : 204, -1);
            ex.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        server.close();
        receiver.stop(0);
    }

    @Test
    void settingsReplaceTheListAndKeepKnownKeys() {
        String path = "/businesses/" + server.demoUser().businessId();
        JsonNode first = http.post(path, "{\"settings\":{\"webhooks\":[{\"url\":\"https://a.example/h\","
                + "\"events\":[\"new_report\"]},{\"url\":\"https://b.example/h\",\"events\":[\"update_request\"]}]}}")
                .json().path("business");
        assertEquals(2, first.path("settings").path("webhooks").size());
        String keyA = first.path("settings").path("webhooks").get(0).path("key").asText();
        assertEquals(64, keyA.length());
        JsonNode second = http.post(path, "{\"settings\":{\"webhooks\":[{\"url\":\"https://a.example/h\","
                + "\"events\":[\"new_report\"],\"key\":\"" + keyA + "\"}]}}").json().path("business");
        assertEquals(1, second.path("settings").path("webhooks").size());
        assertEquals(keyA, http.get(path).json().path("business").path("settings").path("webhooks").get(0)
                .path("key").asText());
        assertEquals(400, http.post(path, "{\"settings\":{\"webhooks\":[{\"url\":\"ftp://x\",\"events\":[\"new_report\"]}]}}")
                .status());
        assertEquals(404, http.get("/businesses/635107e452436f15d3b39d87").status());
    }

    @Test
    void newReportIsDeliveredSignedAndRetriedAfterA500() throws Exception {
        String key = subscribe("new_report");
        failuresToServe.set(1);
        String requestId = http.createRequest("514673987");
        http.advance(91); // the ESG report only

        Delivery failed = received.poll(5, TimeUnit.SECONDS);
        Delivery retried = received.poll(5, TimeUnit.SECONDS);
        assertTrue(failed != null && retried != null, "expected a delivery and its retry");
        JsonNode event = WireJson.mapper().readTree(retried.body());
        assertEquals("new_report", event.path("event").asText());
        assertEquals(requestId, event.path("requestId").asText());
        String reportId = event.path("reportId").asText();
        assertEquals("esg", http.get("/reports/" + reportId).json().path("report").path("source").asText());
        assertTrue(WebhookSignature.verify(retried.body(), key, retried.signature()));
        assertTrue(retried.signature().startsWith("sha256="));

        // The sandbox logs a delivery once its answer is in, a moment after the receiver saw the body.
        JsonNode log = http.state().path("webhookDeliveries");
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); log.size() < 2 && System.nanoTime() < end;) {
            Thread.sleep(20);
            log = http.state().path("webhookDeliveries");
        }
        assertEquals(2, log.size());
        assertEquals(500, log.get(0).path("status").asInt());
        assertEquals(2, log.get(1).path("attempt").asInt());
        assertTrue(log.get(1).path("delivered").asBoolean());
    }

    @Test
    void givesUpAfterTheConfiguredAttempts() throws Exception {
        subscribe("new_report");
        failuresToServe.set(100);
        http.createRequest("514673987");
        http.advance(91);
        for (int i = 0; i < 3; i++) {
            assertTrue(received.poll(5, TimeUnit.SECONDS) != null);
        }
        assertEquals(null, received.poll(400, TimeUnit.MILLISECONDS));
    }

    @Test
    void updateRequestFiresOnStageChange() throws Exception {
        subscribe("update_request");
        String requestId = http.createRequest("514673987");
        JsonNode draft = http.createMedium(requestId, "other", "a.pdf", 10);
        http.uploadForm(draft.path("upload"), PdfSignedBytes.of(10), java.util.Map.of());
        http.finalise(draft.path("medium").path("id").asText(), "{\"status\":\"online\"}");
        Delivery d = received.poll(5, TimeUnit.SECONDS);
        JsonNode event = WireJson.mapper().readTree(d.body());
        assertEquals("update_request", event.path("event").asText());
        assertTrue(event.path("reportId").isMissingNode());
    }

    private String subscribe(String event) {
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        return http.post("/businesses/" + server.demoUser().businessId(), "{\"settings\":{\"webhooks\":[{\"url\":\""
                + url + "\",\"events\":[\"" + event + "\"]}]}}").json().path("business").path("settings")
                .path("webhooks").get(0).path("key").asText();
    }
}
