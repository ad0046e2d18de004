package io.xraydesk.core.webhooks;

import static io.xraydesk.testing.GoldenServer.golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.WebhookSignature;
import io.xraydesk.core.requests.RequestDetails;
import io.xraydesk.core.requests.RequestReader;
import io.xraydesk.core.watch.FakeClock;
import io.xraydesk.core.watch.FakeScheduler;
import io.xraydesk.core.watch.RequestWatcher;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.testing.GoldenServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation's webhook example, byte for byte, posted over HTTP to the receiver, the API being
 * a stand-in that answers with golden bodies: the request it names appears in the list, its new
 * report on the request's page, and the analyst is notified of it once.
 */
class GoldenWebhookTest {

    private static final String BUSINESS_ID = "6413297aad6e59418e7748fa";
    private static final String REQUEST_ID = "635107e452436f15d3b39d87";
    private static final String REPORT_ID = "65b2a1f0c3d4e5f601234567";
    private static final String KEY = "whk-golden-3f9a1c";
    private static final String DELIVERY = golden("webhook-new-report.json");

    @RegisterExtension
    final GoldenServer server = new GoldenServer();
    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> notified = new CopyOnWriteArrayList<>();
    private LocalDatabase database;
    private FakeScheduler scheduler;
    private RequestWatcher watcher;
    private WebhookReceiver receiver;
    private RequestReader reader;

    @BeforeEach
    void receiverOverTheStandIn() {
        server.answer("GET", "/businesses/" + BUSINESS_ID, 200, "{\"business\":{\"id\":\"" + BUSINESS_ID
                        + "\",\"name\":\"Demo\",\"settings\":{\"webhooks\":[{\"url\":\"https://relay.example.org/october\","
                        + "\"events\":[\"new_report\"],\"key\":\"" + KEY + "\"}]}}}")
                .answer("GET", "/requests/" + REQUEST_ID, 200, golden("request-documented.json"))
                .answer("GET", "/reports", 200, "{\"reports\":[{\"id\":\"" + REPORT_ID + "\",\"request\":\""
                        + REQUEST_ID + "\",\"source\":\"esg\",\"createdAt\":\"2024-01-25T10:17:00Z\",\"score\":null,"
                        + "\"data\":{\"overall\":61}}]}");
        OctoberClient client = server.client();
        database = LocalDatabase.open(folder.resolve("xraydesk.db"));
        FakeClock clock = new FakeClock(Instant.parse("2026-03-02T09:30:00Z"));
        scheduler = new FakeScheduler(clock);
        watcher = new RequestWatcher(client, database, WatchPolicy.defaults(),
                clock, scheduler, new Random(42));
        watcher.addListener(new WatchListener() {
            @Override
            public void newReport(AnalysisRequest request, Report report) {
                notified.add(report.id());
            }
        });
        watcher.start();
        WebhookKeys keys = new WebhookKeys(client, BUSINESS_ID, clock);
        keys.refresh();
        receiver = WebhookReceiver.start(0, keys, watcher);
        reader = new RequestReader(database, client);
    }

    @AfterEach
    void close() {
        receiver.close();
        watcher.stop();
        database.close();
    }

    @Test
    void theDocumentedDeliveryShowsTheRequestAndItsNewReport() throws Exception {
        assertEquals(204, deliver(WebhookSignature.sign(DELIVERY.getBytes(StandardCharsets.UTF_8), KEY)));
        scheduler.runFor(Duration.ofSeconds(30));

        assertEquals(RequestOrigin.WEBHOOK, reader.find(REQUEST_ID).orElseThrow().cached().origin(),
                "listed among the requests, as heard of through a webhook");
        RequestDetails page = reader.details(REQUEST_ID);
        assertEquals(List.of(REPORT_ID), page.reports().stream().map(Report::id).toList());
        assertEquals("esg", page.reports().get(0).source());
        assertEquals(List.of(REPORT_ID), notified, "the analyst is told of the new report once");
        assertEquals(1, receiver.acceptedCount());
    }

    @Test
    void theSameDeliverySignedWithAnotherKeyShowsNothing() throws Exception {
        assertEquals(401, deliver(WebhookSignature.sign(DELIVERY.getBytes(StandardCharsets.UTF_8), "not-our-key")));
        scheduler.runFor(Duration.ofSeconds(30));

        assertTrue(reader.find(REQUEST_ID).isEmpty());
        assertEquals(List.of(), notified);
        assertTrue(server.received().stream().noneMatch(call -> call.pathAndQuery().startsWith("/requests")),
                "nothing read for a forged delivery");
    }

    private int deliver(String signature) throws Exception {
        URI relay = URI.create("http://127.0.0.1:" + receiver.address().getPort() + "/october-webhook");
        HttpRequest delivery = HttpRequest.newBuilder(relay).header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofString(DELIVERY, StandardCharsets.UTF_8)).build();
        return http.send(delivery, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
