package io.xraydesk.relay;

import io.xraydesk.store.PollLeases;
import io.xraydesk.store.StoreException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells the desktops that a relay runs (docs/team.md, "Polling without a relay"): its presence in the
 * team database every {@link #EVERY}, which the desktops read as "leave the polling to the relay" for as
 * long as it is recent. Removed when the relay stops cleanly, so the desktops take over at once; a relay
 * killed stops being recent after the desktops' limit, and they take over then.
 */
final class RelayPresence implements AutoCloseable {

    static final Duration EVERY = Duration.ofSeconds(10);

    private final PollLeases presence;
    private final String memberId = "relay-" + UUID.randomUUID();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "xraydesk-relay-presence");
        thread.setDaemon(true);
        return thread;
    });

    RelayPresence(PollLeases presence) {
        this.presence = presence;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::beat, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void beat() {
        try {
            presence.beat(memberId, PollLeases.Role.RELAY);
        } catch (StoreException unreachable) {
            // The health endpoint says the store is out of reach; the next beat tries again.
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
            presence.leave(memberId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (StoreException unreachable) {
            // Not removed: it stops being recent on its own.
        }
    }
}
