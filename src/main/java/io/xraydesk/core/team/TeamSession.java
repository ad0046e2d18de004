package io.xraydesk.core.team;

import io.xraydesk.store.Analyst;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestFollower;
import io.xraydesk.store.TeamChangeListener;
import io.xraydesk.store.TeamDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A signed-in desktop in its team (docs/team.md, "The application in a team"): reaches the team database
 * on a thread of its own, again and again with backoff while it cannot (the desktop works on its copy
 * meanwhile), then keeps the copy in step ({@link TeamMirror}), hears the team's changes, and takes its
 * part of the polling ({@link PollShare}). Its {@link #store()} is what the session's work reads and
 * writes; its listeners hear the mirror's events whatever connection they come from.
 */
public final class TeamSession implements AutoCloseable, Predicate<String> {

    private static final Logger LOG = Logger.getLogger(TeamSession.class.getName());

    /**
     * @param firstRetry the wait after a first failure to reach the team database, doubled at each
     *                   failure up to {@link TeamChangeListener#MAX_RETRY_DELAY}
     */
    public record Timing(Duration firstRetry, PollShare.Timing polling) {

        public static final Timing DEFAULTS = new Timing(Duration.ofSeconds(1), PollShare.Timing.DEFAULTS);
    }

    private final TeamAccess access;
    private final LocalDatabase local;
    private final Timing timing;
    private final TeamLink link = new TeamLink();
    private final MirroredStore store;
    private final String memberId = "desktop-" + UUID.randomUUID();
    private final List<TeamMirror.Listener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "team-session");
        thread.setDaemon(true);
        return thread;
    });
    private final TeamMirror.Listener forwarder = new Forwarder();
    private volatile boolean reachable = true;
    private volatile PollShare share;
    private TeamDatabase team;
    private TeamChangeListener changes;
    private boolean closed;

    public TeamSession(TeamAccess access, LocalDatabase local, Analyst analyst, Timing timing) {
        this.access = Objects.requireNonNull(access, "access");
        this.local = Objects.requireNonNull(local, "local");
        this.timing = Objects.requireNonNull(timing, "timing");
        this.store = new MirroredStore(local, link, analyst);
    }

    /** What the session's work reads and writes: the desktop's copy, written through to the team. */
    public MirroredStore store() {
        return store;
    }

    public void addListener(TeamMirror.Listener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(TeamMirror.Listener listener) {
        listeners.remove(listener);
    }

    /** False once the team database was found out of reach, until it answers again. */
    public boolean reachable() {
        return reachable;
    }

    /** Whether the team database was reached and the desktop's copy is in step with it now. */
    public boolean connected() {
        return link.reachable().isPresent();
    }

    /** Starts reaching the team database in the background; returns at once. */
    public void start() {
        timer.execute(() -> connect(timing.firstRetry()));
    }

    private void connect(Duration retry) {
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        TeamDatabase opened;
        try {
            opened = TeamDatabase.open(access.address(), access.password().get().orElse(null));
        } catch (RuntimeException e) {
            // The server, the role or the keychain refused: said in the log (never with the password) and on
            // the screen, and tried again; the desktop works on its copy meanwhile.
            LOG.log(Level.INFO, "team database not reached, trying again in " + retry.toMillis() + " ms: "
                    + e.getMessage());
            forwarder.reachabilityChanged(false);
            Duration next = retry.multipliedBy(2);
            timer.schedule(() -> connect(next.compareTo(TeamChangeListener.MAX_RETRY_DELAY) > 0
                    ? TeamChangeListener.MAX_RETRY_DELAY : next), retry.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        synchronized (this) {
            if (closed) {
                opened.close();
                return;
            }
            team = opened;
            TeamMirror mirror = new TeamMirror(local, opened);
            mirror.addListener(forwarder);
            link.connected(opened, mirror);
            share = new PollShare(opened.pollLeases(), memberId, timing.polling());
            changes = TeamChangeListener.start(opened, mirror, timing.firstRetry());
        }
        long round = timing.polling().round().toMillis();
        timer.scheduleWithFixedDelay(() -> share.round(), 0, round, TimeUnit.MILLISECONDS);
    }

    /**
     * Makes the analyst a follower of {@code requestId} (opening its page does), in the team too when it
     * answers. Blocking (both databases).
     */
    public void follow(String requestId) {
        store.follow(requestId, RequestFollower.Relation.FOLLOWS);
    }

    /** Who created or follows {@code requestId}, from the desktop's copy. Blocking (the local database). */
    public List<RequestFollower> followers(String requestId) {
        return local.followers().forRequest(requestId);
    }

    /** The ids of the requests {@code analystId} created or follows, from the desktop's copy. Blocking. */
    public List<String> requestsOf(String analystId) {
        return local.followers().requestsOf(analystId);
    }

    /** Whether this desktop polls {@code requestId} itself (the watcher's gate). */
    @Override
    public boolean test(String requestId) {
        PollShare now = share;
        return now != null && now.test(requestId);
    }

    /** This desktop's share of the polling; null until the team database was first reached. */
    public PollShare pollShare() {
        return share;
    }

    /** Stops hearing the team, gives the poll leases back and closes the connections. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (changes != null) {
                changes.close();
            }
            if (share != null) {
                share.leave();
            }
            if (team != null) {
                team.close();
            }
        }
    }

    /** Hands the mirror's events on, keeping the last reachability for {@link #reachable()}. */
    private final class Forwarder implements TeamMirror.Listener {

        @Override
        public void reachabilityChanged(boolean now) {
            if (reachable != now) {
                reachable = now;
                listeners.forEach(l -> l.reachabilityChanged(now));
            }
        }

        @Override
        public void requestChanged(String requestId) {
            listeners.forEach(l -> l.requestChanged(requestId));
        }

        @Override
        public void resynchronised() {
            listeners.forEach(TeamMirror.Listener::resynchronised);
        }
    }
}
