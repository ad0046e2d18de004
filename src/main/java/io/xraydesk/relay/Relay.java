package io.xraydesk.relay;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.core.webhooks.WebhookKeys;
import io.xraydesk.core.webhooks.WebhookRegistration;
import io.xraydesk.store.TeamDatabase;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The team's relay (docs/team.md, "The relay"): one headless process per team that receives October's
 * webhooks and polls the API for every desktop, writing what it reads to the team database, whose
 * notifications tell the desktops. No JavaFX: it runs on a server.
 *
 * <p>Started in order: the worker (it first finishes what the journal holds as pending), the HTTP
 * server, then the public URL registered in the business's webhook settings and their keys read.
 */
public final class Relay implements AutoCloseable {

    /**
     * What the relay runs with.
     *
     * @param listen     where its HTTP server listens (the reverse proxy forwards to it)
     * @param publicUrl  the HTTPS address October posts to, registered at start; empty to keep the
     *                   business's settings as they are
     * @param businessId the business whose webhooks it receives; empty to poll only
     * @param policy     the poll intervals and the one budget of calls per second
     */
    public record Config(InetSocketAddress listen, Optional<URI> publicUrl, Optional<String> businessId,
            WatchPolicy policy) {

        public Config {
            Objects.requireNonNull(listen, "listen");
            Objects.requireNonNull(publicUrl, "publicUrl");
            Objects.requireNonNull(businessId, "businessId");
            Objects.requireNonNull(policy, "policy");
            if (publicUrl.isPresent() && businessId.isEmpty()) {
                throw new IllegalArgumentException("a public URL is registered in a business's settings: "
                        + "give the business id too");
            }
        }
    }

    private final RelayWorker worker;
    private final RelayServer server;
    private final RelayPresence presence;

    private Relay(RelayWorker worker, RelayServer server, RelayPresence presence) {
        this.worker = worker;
        this.server = server;
        this.presence = presence;
    }

    /**
     * Starts the relay over {@code team} (which stays the caller's to close, after the relay) with
     * {@code client}, which should not retry on its own ({@code RetryPolicy.none()}): the worker is the
     * retry loop, within the budget. Blocking calls to the API; their failures are the client's.
     */
    public static Relay start(Config config, OctoberClient client, TeamDatabase team, PrintStream out, Clock clock) {
        RelayLog log = new RelayLog(out, clock);
        Optional<WebhookKeys> keys = config.businessId().map(id -> new WebhookKeys(client, id, clock));
        RelayStatus status = new RelayStatus();
        CallPacer pacer = new CallPacer(config.policy().callsPerSecond());
        RelayWorker worker = new RelayWorker(team.relayDeliveries(), new RequestRefresh(client, team, pacer, clock),
                new PollPlan(team.requestCache(), team.reportCache(), config.policy(), clock), log, status, clock);
        worker.start();
        RelayServer server = null;
        try {
            server = new RelayServer(config.listen(), keys, team.relayDeliveries(), worker, status, log, clock);
            // Listening before registering: October may deliver as soon as it knows the address.
            config.publicUrl().ifPresent(url -> {
                new WebhookRegistration(client, config.businessId().orElseThrow()).register(url);
                log.line("registered " + url + " for " + String.join(", ", WebhookRegistration.EVENTS));
            });
            keys.ifPresent(WebhookKeys::refresh);
            RelayPresence presence = new RelayPresence(team.pollLeases());
            presence.start();
            return new Relay(worker, server, presence);
        } catch (RuntimeException failed) {
            if (server != null) {
                server.close();
            }
            worker.close();
            throw failed;
        }
    }

    /** Where the HTTP server listens (the port chosen when 0 was asked). */
    public InetSocketAddress address() {
        return server.address();
    }

    /** Stops taking deliveries, then stops the worker; what was not done stays pending in the journal. */
    @Override
    public void close() {
        try {
            presence.close();
            server.close();
        } finally {
            worker.close();
        }
    }
}
