package io.xraydesk.reliability;

import static io.xraydesk.core.webhooks.ReceiverFixture.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.watch.SandboxFixture;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.core.webhooks.ReceiverFixture;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the webhook receiver lets through, delivery by delivery, and what the signature scheme can and
 * cannot tell apart. Prints {@code webhook: <n>/<total> deliveries answered as expected}.
 *
 * <p>The scheme (docs/october-api.md, Webhooks, inferred) is an HMAC-SHA256 of the raw body keyed with the business's
 * webhook key. It detects a missing, malformed or forged signature and any change of the body. It
 * carries no timestamp and no delivery id, so a recorded valid delivery sent again verifies: a replay
 * cannot be refused by signature. What makes it harmless is what a delivery does — it only asks the
 * watcher to look at a request now; the state shown always comes from the API. A replay therefore
 * costs at most a refresh, never a duplicate report, row or notification.
 */
class WebhookDeliveryTest {

    private final ReceiverFixture relay = ReceiverFixture.receivingTestDeliveriesOnly();
    private final SandboxFixture fixture = relay.sandbox;

    @AfterEach
    void stop() {
        relay.close();
    }

    @Test
    void onlyCorrectlySignedDeliveriesActAndAReplayOnlyRefreshes() throws Exception {
        AnalysisRequest request = fixture.createRequest("514673987", "ACME SAS", null);
        fixture.advanceSandbox(Duration.ofSeconds(95)); // the ESG report exists from here on
        List<String> reportsSeen = new CopyOnWriteArrayList<>();
        fixture.watcher.addListener(new WatchListener() {
            @Override
            public void newReport(AnalysisRequest changed, Report report) {
                reportsSeen.add(report.id());
            }
        });
        fixture.watcher.start();
        String valid = "{\"event\":\"new_report\",\"requestId\":\"" + request.id() + "\"}";
        String signature = sign(valid, relay.key);

        List<String> failures = new ArrayList<>();
        int total = 0;
        // Forged or unsigned deliveries: refused before the body is read, nothing is refreshed.
        total += expect(failures, "unsigned", valid, null, 401);
        total += expect(failures, "empty signature", valid, "", 401);
        total += expect(failures, "not hex", valid, "sha256=zz", 401);
        total += expect(failures, "other algorithm", valid, "md5=" + signature.substring(7, 39), 401);
        total += expect(failures, "tampered body", valid.replace("new_report", "update_request"), signature, 401);
        total += expect(failures, "body with a trailing space", valid + " ", signature, 401);
        total += expect(failures, "wrong key", valid, sign(valid, "not-the-key"), 401);
        total += expect(failures, "signature of an empty body", "", sign("", relay.key), 400);
        assertEquals(false, fixture.watcher.isWatching(request.id()), "no refused delivery reached the watcher");

        total += expect(failures, "valid", valid, signature, 204);
        fixture.scheduler.runFor(Duration.ofSeconds(2));
        List<String> reportsAfterFirst = List.copyOf(reportsSeen);
        assertTrue(!reportsAfterFirst.isEmpty(), "the delivery made the watcher fetch the new report");
        int cachedRows = fixture.database.requestCache().all().size();
        long callsAfterFirst = fixture.http.count("/requests/" + request.id());

        // A replay cannot be told apart by its signature: accepted, and it only refreshes.
        for (int replay = 1; replay <= 3; replay++) {
            total += expect(failures, "replay " + replay, valid, signature, 204);
            fixture.scheduler.runFor(Duration.ofSeconds(2));
        }
        assertEquals(reportsAfterFirst, reportsSeen, "a replay notifies no report a second time");
        assertEquals(cachedRows, fixture.database.requestCache().all().size(), "a replay adds no cached request");
        assertEquals(1, fixture.watcher.watchedCount(), "the request is watched once");
        long replayCalls = fixture.http.count("/requests/" + request.id()) - callsAfterFirst;
        assertTrue(replayCalls <= 3, "at most one refresh per replay, was " + replayCalls);

        int passed = total - failures.size();
        System.out.println("webhook: " + passed + "/" + total + " deliveries answered as expected");
        assertEquals(List.of(), failures);
        assertEquals(4, relay.receiver.acceptedCount());
    }

    @Test
    void theReceiverIsReachableOnLoopbackOnly() throws Exception {
        InetSocketAddress bound = relay.receiver.address();
        assertTrue(bound.getAddress().isLoopbackAddress(), bound.toString());
        Optional<InetAddress> external = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).findFirst();
        assumeTrue(external.isPresent(), "this machine has no non-loopback address to try");
        try (Socket socket = new Socket()) {
            assertThrows(ConnectException.class, () -> socket.connect(
                    new InetSocketAddress(external.get(), bound.getPort()), 2_000), "reachable from " + external.get());
        }
    }

    /** Sends one delivery; returns 1 (one case) and records a mismatch in {@code failures}. */
    private int expect(List<String> failures, String name, String body, String signature, int expected)
            throws Exception {
        int status = relay.post(body, signature);
        if (status != expected) {
            failures.add(name + ": " + status + " instead of " + expected);
        }
        return 1;
    }
}
