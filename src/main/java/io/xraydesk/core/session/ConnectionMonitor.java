package io.xraydesk.core.session;

import io.xraydesk.api.CallObserver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * What can truthfully be said about reaching the API, decided from the outcome of every call (it is
 * the client's {@link CallObserver}) and from whether anything needs polling. See {@link State} for
 * the rules, and docs/xray-states.md, "The connection". Listeners hear each change on the monitor's
 * own thread or the calling thread: they hand over to their own thread and return quickly.
 */
public final class ConnectionMonitor implements CallObserver, AutoCloseable {

    /** The connection as the status bar says it. */
    public enum State {
        /** Nothing needs polling and no call happened lately: there is nothing to tell. */
        IDLE,
        /** Polling is needed and no call has ended yet. */
        CONNECTING,
        /** The last call got an answer other than a server error. */
        ONLINE,
        /** The last call got a server error (5xx). */
        SERVER_ERRORS,
        /** The last call got no answer, or a call has waited {@link #STALLED} without one. */
        OFFLINE
    }

    /** Hears each change of state. */
    @FunctionalInterface
    public interface Listener {
        void connectionChanged(State state);
    }

    /**
     * A call without an answer for this long means the connection is failing, even if its own
     * timeout (a minute) has not run out. With the watcher's heartbeat (a call at least every 4 s
     * while a report is known to be coming) a hung server is shown offline within ten seconds.
     */
    public static final Duration STALLED = Duration.ofSeconds(4);
    /** When nothing needs polling, an outcome older than this says nothing about now any more. */
    public static final Duration RECENT = Duration.ofSeconds(60);
    private static final long TICK_MILLIS = 500;

    private enum Outcome { NONE, ANSWERED, SERVER_ERROR, UNREACHABLE }

    private final Clock clock;
    private final BooleanSupplier pollingNeeded;
    private final Map<Object, Instant> inFlight = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService ticker;
    private Outcome lastOutcome = Outcome.NONE;
    private Instant lastOutcomeAt;
    private State state;

    /**
     * Starts a monitor that re-checks itself twice a second (a call can stall without any event).
     *
     * @param pollingNeeded whether something is waiting for the server (a report known to be coming)
     */
    public static ConnectionMonitor start(Clock clock, BooleanSupplier pollingNeeded) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "xraydesk-connection-monitor");
            thread.setDaemon(true);
            return thread;
        });
        ConnectionMonitor monitor = new ConnectionMonitor(clock, pollingNeeded, ticker);
        ticker.scheduleWithFixedDelay(monitor::recheck, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        return monitor;
    }

    private ConnectionMonitor(Clock clock, BooleanSupplier pollingNeeded, ScheduledExecutorService ticker) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pollingNeeded = Objects.requireNonNull(pollingNeeded, "pollingNeeded");
        this.ticker = ticker;
        this.state = decide(clock.instant());
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public synchronized State state() {
        return state;
    }

    @Override
    public Attempt started() {
        Object key = new Object();
        inFlight.put(key, clock.instant());
        return new Attempt() {
            @Override
            public void answered(int status) {
                ended(key, status >= 500 ? Outcome.SERVER_ERROR : Outcome.ANSWERED);
            }

            @Override
            public void unreachable() {
                ended(key, Outcome.UNREACHABLE);
            }

            @Override
            public void abandoned() {
                inFlight.remove(key);
                recheck();
            }
        };
    }

    /** Decides the state again now (the ticker does it twice a second; call it when polling starts or stops). */
    public void recheck() {
        State next;
        synchronized (this) {
            next = decide(clock.instant());
            if (next == state) {
                return;
            }
            state = next;
        }
        listeners.forEach(listener -> listener.connectionChanged(next));
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    private void ended(Object key, Outcome outcome) {
        inFlight.remove(key);
        synchronized (this) {
            lastOutcome = outcome;
            lastOutcomeAt = clock.instant();
        }
        recheck();
    }

    /**
     * A stalled call first (it is happening now), then the last outcome — kept while polling is needed,
     * or for {@link #RECENT} otherwise — then idle or connecting.
     */
    private State decide(Instant now) {
        Instant stalledBefore = now.minus(STALLED);
        if (inFlight.values().stream().anyMatch(started -> !started.isAfter(stalledBefore))) {
            return State.OFFLINE;
        }
        boolean polling = pollingNeeded.getAsBoolean();
        boolean current = lastOutcome != Outcome.NONE
                && (polling || !lastOutcomeAt.isBefore(now.minus(RECENT)) || !inFlight.isEmpty());
        if (current) {
            return switch (lastOutcome) {
                case ANSWERED -> State.ONLINE;
                case SERVER_ERROR -> State.SERVER_ERRORS;
                case UNREACHABLE -> State.OFFLINE;
                case NONE -> throw new IllegalStateException("checked above");
            };
        }
        return polling || !inFlight.isEmpty() ? State.CONNECTING : State.IDLE;
    }
}
