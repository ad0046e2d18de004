package io.xraydesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.serving.ServingLimits;
import io.xraydesk.core.webhooks.ReceiverFixture;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Each local server (the webhook receiver, the sandbox's API and S3 endpoint) against clients that
 * connect and hardly speak. An honest call is served beside them, slow clients are disconnected at
 * the deadline of their headers or the idle timeout of their body, silent connections cost nothing
 * but a file descriptor, and past the cap a connection is closed at once rather than queued. Prints
 * {@code slow-connections: <passed>/<total>}.
 */
class SlowConnectionsTest {

    private static final ServingLimits LIMITS = new ServingLimits(24, Duration.ofMillis(800), Duration.ofMillis(800));
    /** Fewer than the cap: they must not delay anyone. */
    private static final int SLOW_CLIENTS = 16;
    private static final int SILENT_CLIENTS = 300;
    /** An honest call on loopback, on a machine busy with other builds. */
    private static final Duration PROMPTLY = Duration.ofSeconds(2);
    /** A deadline, plus the watchdog's period and a loaded machine's delay. */
    private static final Duration AT_DEADLINE = LIMITS.headerTimeout().plus(Duration.ofMillis(1500));
    private static final Duration AT_ONCE = Duration.ofMillis(400);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final List<String> failures = new ArrayList<>();
    private int cells;

    @Test
    void everyLocalServerServesHonestCallsBesideSlowClients() throws Exception {
        try (ReceiverFixture relay = ReceiverFixture.receivingTestDeliveriesOnly(LIMITS)) {
            String delivery = "{\"event\":\"update_request\",\"requestId\":\"6413297aad6e59418e774902\"}";
            String signature = ReceiverFixture.sign(delivery, relay.key);
            matrix("webhook receiver", relay.receiver.address().getPort(), relay.relayUrl().getPath(),
                    () -> relay.post(delivery, signature) == 204);
        }
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.builder().servingLimits(LIMITS).build())) {
            matrix("sandbox API", sandbox.apiBaseUri().getPort(), "/requests",
                    () -> status(HttpRequest.newBuilder(sandbox.apiBaseUri().resolve("/requests/x")).GET()) == 401);
            matrix("sandbox S3", sandbox.s3BaseUri().getPort(), "/bucket",
                    () -> status(HttpRequest.newBuilder(sandbox.s3BaseUri().resolve("/_sandbox/faults"))
                            .header(SandboxServer.CONTROL_HEADER, "1").DELETE()) == 204);
        }
        failures.forEach(System.out::println);
        System.out.println("slow-connections: " + (cells - failures.size()) + "/" + cells + " cells passed");
        assertEquals(List.of(), failures);
    }

    private void matrix(String server, int port, String bodyPath, Callable<Boolean> honestCall) throws Exception {
        try (SlowClients slow = new SlowClients(port)) {
            List<Socket> oneByte = slow.oneByte(SLOW_CLIENTS);
            check(server, "honest call beside " + SLOW_CLIENTS + " one-byte connections", served(honestCall));
            check(server, "one-byte connections closed at the header deadline",
                    SlowClients.countClosedWithin(oneByte, AT_DEADLINE) == SLOW_CLIENTS);
        }
        try (SlowClients slow = new SlowClients(port)) {
            Socket stalled = slow.stalledBody(bodyPath);
            check(server, "honest call beside a stalled body", served(honestCall));
            check(server, "stalled body closed at the idle timeout", SlowClients.closedWithin(stalled, AT_DEADLINE));
        }
        try (SlowClients slow = new SlowClients(port)) {
            slow.silent(SILENT_CLIENTS);
            check(server, "honest call beside " + SILENT_CLIENTS + " silent connections", served(honestCall));
        }
        try (SlowClients slow = new SlowClients(port)) {
            List<Socket> crowd = slow.oneByte(LIMITS.maxExchanges() + 4);
            check(server, "past the cap, connections closed at once", SlowClients.countClosedWithin(crowd, AT_ONCE) >= 4);
            SlowClients.countClosedWithin(crowd, AT_DEADLINE);
        }
        check(server, "honest call once the crowd is gone", served(honestCall));
    }

    private static boolean served(Callable<Boolean> honestCall) throws Exception {
        long start = System.nanoTime();
        boolean answered = honestCall.call();
        return answered && Duration.ofNanos(System.nanoTime() - start).compareTo(PROMPTLY) <= 0;
    }

    private int status(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(PROMPTLY).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void check(String server, String cell, boolean passed) {
        cells++;
        if (!passed) {
            failures.add("slow-connections FAIL " + server + ": " + cell);
        }
    }
}
