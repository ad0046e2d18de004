package io.xraydesk.core.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.xraydesk.serving.ConnectionGuard;
import io.xraydesk.serving.ServingLimits;
import io.xraydesk.core.watch.RequestWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * Receives October's webhooks relayed to this workstation: an HTTP server on 127.0.0.1 only (never
 * reachable from the network; a site relay forwards to it), checking {@code X-October-Signature}
 * against the business's keys before reading anything. Answers 401 to an unsigned or wrongly signed
 * delivery, 400 to a malformed one, 413 to an oversized one; a valid {@code new_report} or {@code
 * update_request} makes the {@link RequestWatcher} refresh that request at once, and is answered 204
 * straight away (the refresh happens on the watcher's thread). Each request is served on a thread of
 * its own within {@link #DEFAULT_LIMITS}, so a local client that connects and stalls never delays a
 * delivery (see {@link ConnectionGuard}).
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WebhookReceiver.class.getName());

    /**
     * Deliveries come one at a time from one relay; the room is for slow or stray local clients,
     * which each hold a thread of their own for a few seconds at most and never delay a delivery.
     */
    public static final ServingLimits DEFAULT_LIMITS = new ServingLimits(32, Duration.ofSeconds(5),
            Duration.ofSeconds(5));

    private final HttpServer server;
    private final ConnectionGuard guard;
    private final WebhookKeys keys;
    private final RequestWatcher watcher;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();

    private WebhookReceiver(int port, WebhookKeys keys, RequestWatcher watcher, ServingLimits limits)
            throws IOException {
        this.keys = Objects.requireNonNull(keys, "keys");
        this.watcher = Objects.requireNonNull(watcher, "watcher");
        ConnectionGuard.capConnectionsPerServer();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        guard = new ConnectionGuard("xraydesk-webhooks", limits);
        guard.createContext(server, "/", this::handle);
        server.setExecutor(guard);
        server.start();
    }

    /**
     * Listens on 127.0.0.1:{@code port} (0 for a free port) until {@link #close()}, within {@link
     * #DEFAULT_LIMITS}. Fails with a clear message when the port is taken.
     */
    public static WebhookReceiver start(int port, WebhookKeys keys, RequestWatcher watcher) {
        return start(port, keys, watcher, DEFAULT_LIMITS);
    }

    /** As above, with other limits (tests use short timeouts). */
    public static WebhookReceiver start(int port, WebhookKeys keys, RequestWatcher watcher, ServingLimits limits) {
        try {
            return new WebhookReceiver(port, keys, watcher, limits);
        } catch (IOException e) {
            throw new UncheckedIOException("The webhook receiver cannot listen on 127.0.0.1:" + port + ": "
                    + e.getMessage(), e);
        }
    }

    /** Where it listens: always a loopback address. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Deliveries accepted and rejected since start, for the settings page. */
    public long acceptedCount() {
        return accepted.get();
    }

    public long rejectedCount() {
        return rejected.get();
    }

    @Override
    public void close() {
        server.stop(0);
        guard.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            CheckedDelivery delivery = CheckedDelivery.read(exchange, keys);
            if (!delivery.accepted()) {
                reject(exchange, delivery.refusedWith());
                return;
            }
            if (delivery.asksForRefresh()) {
                watcher.nudge(delivery.event().requestId());
            }
            accepted.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
        } catch (RuntimeException e) {
            LOG.warning("webhook delivery failed: " + e.getClass().getSimpleName());
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private void reject(HttpExchange exchange, int status) throws IOException {
        rejected.incrementAndGet();
        exchange.sendResponseHeaders(status, -1);
    }
}
