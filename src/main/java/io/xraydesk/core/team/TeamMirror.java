package io.xraydesk.core.team;

import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.SharedRecords;
import io.xraydesk.store.StaleWriteException;
import io.xraydesk.store.StoreException;
import io.xraydesk.store.TeamChange;
import io.xraydesk.store.TeamChangeListener;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Keeps the desktop's SQLite copy of the team's requests (the last known copy, which the screens read)
 * in step with the team database: all of it each time the change listener (re)connects, then each
 * request a notification names ({@link RowSync}). While the team database cannot be reached it says so
 * ({@link Listener#reachabilityChanged}) and the copy stays as it was; what this desktop wrote meanwhile
 * is sent at the next connection. Runs on the change listener's thread.
 */
public final class TeamMirror implements TeamChangeListener.Subscriber {

    private static final Logger LOG = Logger.getLogger(TeamMirror.class.getName());

    /** What the screens hear, on the listener's thread (they hop to the UI thread themselves). */
    public interface Listener {

        /** The team database became reachable (true) or was lost (false). */
        default void reachabilityChanged(boolean reachable) {
        }

        /** The desktop's copy of this request, its reports or its followers changed. */
        default void requestChanged(String requestId) {
        }

        /** The whole copy was read again: reread every request. */
        default void resynchronised() {
        }
    }

    private final SharedRecords local;
    private final SharedRecords team;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean reachable;

    public TeamMirror(SharedRecords local, SharedRecords team) {
        this.local = Objects.requireNonNull(local, "local");
        this.team = Objects.requireNonNull(team, "team");
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Whether the team database answered last time it was asked. */
    public boolean reachable() {
        return reachable;
    }

    /**
     * Brings every request in step: those either side knows, compared in one read of each side first,
     * so an unchanged portfolio costs two reads and the followers' one. Tried twice: the first try after
     * the database came back may meet the connection it had broken, which that try drops. A failure is
     * thrown back to the change listener, which connects again later.
     */
    @Override
    public void resynchronise() {
        try {
            copyAll();
        } catch (StoreException brokenConnection) {
            try {
                copyAll();
            } catch (StoreException e) {
                lost(e);
                throw e;
            }
        }
        reachable(true);
        listeners.forEach(Listener::resynchronised);
    }

    private void copyAll() {
        Map<String, CachedRequest> ours = byId(local.requestCache().all());
        Map<String, CachedRequest> theirs = byId(team.requestCache().all());
        Set<String> ids = new LinkedHashSet<>(theirs.keySet());
        ids.addAll(ours.keySet());
        for (String id : ids) {
            CachedRequest our = ours.get(id);
            CachedRequest their = theirs.get(id);
            if (our == null || their == null || !RowSync.same(our, their)) {
                RowSync.request(local, team, id);
            }
        }
        RowSync.followers(team.followers().all(), local.followers().all(), local);
    }

    @Override
    public void changed(TeamChange change) {
        try {
            boolean changed;
            try {
                changed = RowSync.request(local, team, change.requestId());
            } catch (StaleWriteException raced) {
                // This desktop's watcher wrote the same row in between: compare again with what it wrote.
                changed = RowSync.request(local, team, change.requestId());
            }
            if (changed) {
                listeners.forEach(l -> l.requestChanged(change.requestId()));
            }
        } catch (StoreException e) {
            lost(e);
        }
    }

    @Override
    public void disconnected() {
        reachable(false);
    }

    /** A write to the team database failed: the copy stays, and says it may be behind. */
    void lost(StoreException e) {
        LOG.log(Level.INFO, "team database out of reach: " + e.getMessage());
        reachable(false);
    }

    private void reachable(boolean now) {
        if (reachable != now) {
            reachable = now;
            listeners.forEach(l -> l.reachabilityChanged(now));
        }
    }

    private static Map<String, CachedRequest> byId(List<CachedRequest> rows) {
        return rows.stream().collect(Collectors.toMap(CachedRequest::id, Function.identity()));
    }
}
