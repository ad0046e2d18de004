package io.xraydesk.relay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.xraydesk.api.model.WebhookEvent;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.webhooks.CheckedDelivery;
import io.xraydesk.core.webhooks.WebhookKeys;
import io.xraydesk.serving.ConnectionGuard;
import io.xraydesk.serving.ServingLimits;
import io.xraydesk.store.RelayDeliveries;
import io.xraydesk.store.RelayDelivery;
import io.xraydesk.store.StoreException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The relay's HTTP side, behind the bank's reverse proxy: {@code GET /health}, and October's
 * deliveries as a {@code POST} to any other path. A delivery is checked as the workstation's receiver
 * checks it ({@link CheckedDelivery}), recorded in the journal, and only then answered 204, so that a
 * relay that stops at any point loses nothing October was told it received. A journal that cannot be
 * written answers 503: October sends it again. The refresh itself is the {@link RelayWorker}'s.
 */
final class RelayServer implements AutoCloseable {

    /**
     * October and the proxy send one delivery at a time, and monitoring a health check now and then;
     * the room is for a burst of deliveries and for slow clients, which never delay one.
     */
    static final ServingLimits LIMITS = new ServingLimits(64, Duration.ofSeconds(10), Duration.ofSeconds(10));

    private final HttpServer server;
    private final ConnectionGuard guard;
    private final Optional<WebhookKeys> keys;
    private final RelayDeliveries deliveries;
    private final RelayWorker worker;
    private final RelayStatus status;
    private final RelayLog log;
    private final Clock clock;

    RelayServer(InetSocketAddress listen, Optional<WebhookKeys> keys, RelayDeliveries deliveries, RelayWorker worker,
            RelayStatus status, RelayLog log, Clock clock) {
        this.keys = keys;
        this.deliveries = deliveries;
        this.worker = worker;
        this.status = status;
        this.log = log;
        this.clock = clock;
        ConnectionGuard.capConnectionsPerServer();
        try {
            server = HttpServer.create(listen, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("The relay cannot listen on " + listen.getHostString() + ":"
                    + listen.getPort() + ": " + e.getMessage(), e);
        }
        guard = new ConnectionGuard("xraydesk-relay", LIMITS);
        guard.createContext(server, "/", this::delivery);
        guard.createContext(server, "/health", this::health);
        server.setExecutor(guard);
        server.start();
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() {
        server.stop(0);
        guard.close();
    }

    private void delivery(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (keys.isEmpty()) {
                // Without a business id there are no keys to check a signature with: nothing is taken.
                log.line("webhook refused (503): the relay runs without --business-id");
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            CheckedDelivery checked = CheckedDelivery.read(exchange, keys.get());
            if (!checked.accepted()) {
                log.line("webhook refused (" + checked.refusedWith() + ") from "
                        + exchange.getRemoteAddress().getAddress().getHostAddress());
                exchange.sendResponseHeaders(checked.refusedWith(), -1);
                return;
            }
            WebhookEvent event = checked.event();
            if (!checked.asksForRefresh()) {
                log.line("webhook " + event.event() + " for request " + event.requestId() + " ignored (unknown event)");
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            record(exchange, new RelayDelivery(event.event(), event.requestId(), event.reportId(), clock.instant()));
        }
    }

    private void record(HttpExchange exchange, RelayDelivery delivery) throws IOException {
        boolean fresh;
        try {
            fresh = deliveries.accept(delivery);
        } catch (StoreException unwritable) {
            log.line("webhook " + delivery.key() + " not recorded (503, October sends it again): "
                    + unwritable.getMessage());
            exchange.sendResponseHeaders(503, -1);
            return;
        }
        exchange.sendResponseHeaders(204, -1);
        log.line("webhook " + delivery.key() + (fresh ? " accepted" : " duplicate, already pending or done"));
        if (fresh) {
            worker.wake();
        }
    }

    private void health(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Optional<Instant> lastWebhook;
            boolean reachable;
            try {
                lastWebhook = deliveries.lastReceived();
                reachable = true;
            } catch (StoreException unreachable) {
                lastWebhook = Optional.empty();
                reachable = false;
            }
            // Every field always present, null when not known yet: monitoring reads them by name.
            ObjectNode body = WireJson.mapper().createObjectNode();
            body.put("teamStore", reachable ? "reachable" : "unreachable");
            body.put("webhooks", keys.isPresent() ? "verified" : "off");
            body.put("lastWebhook", lastWebhook.map(Instant::toString).orElse(null));
            body.put("lastPoll", status.lastPoll().map(Instant::toString).orElse(null));
            send(exchange, reachable ? 200 : 503, body);
        }
    }

    private static void send(HttpExchange exchange, int status, ObjectNode body) throws IOException {
        byte[] json = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : json.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(json);
            }
        }
    }
}
