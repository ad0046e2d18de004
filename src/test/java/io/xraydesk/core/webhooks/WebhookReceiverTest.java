package io.xraydesk.core.webhooks;

import static io.xraydesk.core.webhooks.ReceiverFixture.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Business;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.WebhookSetting;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.RequestOrigin;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The receiver on loopback, with the keys of the sandbox's business, nudging a real watcher. */
class WebhookReceiverTest {

    private static final String REQUEST_ID = "635107e452436f15d3b39d87";

    private final ReceiverFixture relay = ReceiverFixture.receivingSandboxDeliveries();
    private final SandboxFixture fixture = relay.sandbox;

    @AfterEach
    void stop() {
        relay.close();
    }

    @Test
    void bindsTheLoopbackAddressOnly() {
        assertEquals(InetAddress.getLoopbackAddress(), relay.receiver.address().getAddress());
        assertTrue(relay.receiver.address().getAddress().isLoopbackAddress());
    }

    @Test
    void aValidNewReportIsAcceptedAndRefreshesThatRequest() throws Exception {
        String body = "{\"event\":\"new_report\",\"requestId\":\"" + REQUEST_ID + "\",\"reportId\":\"6464ba07cbddbd090b267260\"}";
        assertEquals(204, relay.post(body, sign(body, relay.key)));
        assertTrue(fixture.watcher.isWatching(REQUEST_ID), "nudged: the watcher polls it now");
        assertEquals(1, relay.receiver.acceptedCount());
    }

    @Test
    void updateRequestRefreshesToo() throws Exception {
        String body = "{\"event\":\"update_request\",\"requestId\":\"" + REQUEST_ID + "\"}";
        assertEquals(204, relay.post(body, sign(body, relay.key)));
        assertTrue(fixture.watcher.isWatching(REQUEST_ID));
    }

    @Test
    void aTamperedBodyIsRejected() throws Exception {
        String body = "{\"event\":\"new_report\",\"requestId\":\"" + REQUEST_ID + "\"}";
        String signature = sign(body, relay.key);
        assertEquals(401, relay.post(body.replace("635107", "735107"), signature));
        assertFalse(fixture.watcher.isWatching(REQUEST_ID));
    }

    @Test
    void aWrongKeyIsRejected() throws Exception {
        String body = "{\"event\":\"new_report\",\"requestId\":\"" + REQUEST_ID + "\"}";
        assertEquals(401, relay.post(body, sign(body, "not-the-key")));
        assertEquals(1, relay.receiver.rejectedCount());
    }

    @Test
    void aMissingSignatureIsRejected() throws Exception {
        assertEquals(401, relay.post("{\"event\":\"new_report\",\"requestId\":\"" + REQUEST_ID + "\"}", null));
        assertFalse(fixture.watcher.isWatching(REQUEST_ID));
    }

    @Test
    void aSignedButMalformedBodyIs400() throws Exception {
        for (String body : List.of("not json", "{\"event\":\"new_report\"}",
                "{\"event\":\"new_report\",\"requestId\":\"../../etc\"}")) {
            assertEquals(400, relay.post(body, sign(body, relay.key)), body);
        }
    }

    @Test
    void anOversizedBodyIs413AndAGetIs405() throws Exception {
        String big = "x".repeat(CheckedDelivery.MAX_BODY_BYTES + 1);
        assertEquals(413, relay.post(big, sign(big, relay.key)));
        assertEquals(405, relay.send("GET"));
    }

    @Test
    void theSandboxDeliversANewReportEndToEnd() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        fixture.watcher.addListener(new WatchListener() {
            @Override
            public void newReport(AnalysisRequest request, Report report) {
                seen.add(report.source());
            }
        });
        fixture.watcher.start();
        AnalysisRequest request = fixture.createRequest("514673987", "ACME SAS", null);
        fixture.advanceSandbox(Duration.ofSeconds(95));

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!fixture.watcher.isWatching(request.id()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(fixture.watcher.isWatching(request.id()), "the delivery reached the receiver");
        fixture.scheduler.runFor(Duration.ofMillis(100));
        assertTrue(seen.contains("esg"), seen.toString());
        assertEquals(RequestOrigin.WEBHOOK, fixture.database.requestCache().find(request.id()).orElseThrow().origin());
    }

    @Test
    void registrationKeepsTheOtherWebhooksAndUnregisterRemovesOnlyOurs() {
        URI other = URI.create("https://hooks.example.org/october");
        fixture.client.updateWebhooks(SandboxConfig.DEMO_BUSINESS_ID, List.of(
                fixture.client.getBusiness(SandboxConfig.DEMO_BUSINESS_ID).settings().webhooks().get(0),
                new WebhookSetting(other.toString(), List.of("new_report"), null)));
        WebhookRegistration registration = new WebhookRegistration(fixture.client, SandboxConfig.DEMO_BUSINESS_ID);

        Business again = registration.register(relay.relayUrl());
        assertEquals(2, again.settings().webhooks().size());
        assertEquals(relay.key, again.settings().webhooks().get(0).key(), "the existing key is kept");

        Business after = registration.unregister(relay.relayUrl());
        assertEquals(List.of(other.toString()), after.settings().webhooks().stream().map(WebhookSetting::url).toList());
        assertThrows(IllegalArgumentException.class, () -> registration.register(URI.create("relay.local/hook")));
    }
}
