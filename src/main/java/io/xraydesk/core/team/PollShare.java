package io.xraydesk.core.team;

import io.xraydesk.store.PollLeases;
import io.xraydesk.store.StoreException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This desktop's part of the team's polling (docs/team.md, "Polling without a relay"). Each round it
 * says it is running; while a relay was seen lately it polls nothing, the relay does; without one it
 * holds the leases of an even share of the team's requests (their number divided by the desktops seen
 * lately, rounded up), renewed each round, and polls those only. A desktop that stops renewing loses
 * its leases after {@link Timing#lease()}, and the others take them over at their next round. While the
 * team database is out of reach it keeps polling what it held. {@link #mayPoll} is the watcher's gate.
 */
public final class PollShare implements Predicate<String> {

    private static final Logger LOG = Logger.getLogger(PollShare.class.getName());

    /**
     * @param round      how often leases are renewed and the share recomputed
     * @param lease      how long a lease lasts unless renewed (a few rounds)
     * @param relayAlive how recent a relay's presence must be for the desktops to leave the polling to it
     */
    public record Timing(Duration round, Duration lease, Duration relayAlive) {

        public static final Timing DEFAULTS = new Timing(Duration.ofSeconds(5), Duration.ofSeconds(20),
                Duration.ofSeconds(30));
    }

    private final PollLeases leases;
    private final String memberId;
    private final Timing timing;
    private volatile Set<String> held = Set.of();
    private volatile boolean relayRunning;

    public PollShare(PollLeases leases, String memberId, Timing timing) {
        this.leases = Objects.requireNonNull(leases, "leases");
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.timing = Objects.requireNonNull(timing, "timing");
    }

    public Timing timing() {
        return timing;
    }

    /** One round: presence, then the share. Blocking (the team database). */
    public void round() {
        try {
            leases.beat(memberId, PollLeases.Role.DESKTOP);
            relayRunning = leases.present(PollLeases.Role.RELAY, timing.relayAlive()) > 0;
            if (relayRunning) {
                held = held.isEmpty() ? held : Set.copyOf(leases.share(memberId, 0, timing.lease()));
                return;
            }
            int desktops = Math.max(1, leases.present(PollLeases.Role.DESKTOP, timing.lease()));
            int share = (leases.pollable() + desktops - 1) / desktops;
            held = Set.copyOf(leases.share(memberId, share, timing.lease()));
        } catch (StoreException e) {
            LOG.log(Level.FINE, "poll share not renewed: " + e.getMessage());
        }
    }

    /** Gives the leases back at once (the desktop stops cleanly): the others take them at their next round. */
    public void leave() {
        held = Set.of();
        try {
            leases.leave(memberId);
        } catch (StoreException e) {
            LOG.log(Level.FINE, "poll share not given back, it expires: " + e.getMessage());
        }
    }

    /** Whether this desktop polls {@code requestId} itself. */
    @Override
    public boolean test(String requestId) {
        return !relayRunning && held.contains(requestId);
    }

    /** The requests this desktop holds, for tests and diagnostics. */
    public Set<String> held() {
        return held;
    }

    public boolean relayRunning() {
        return relayRunning;
    }
}
