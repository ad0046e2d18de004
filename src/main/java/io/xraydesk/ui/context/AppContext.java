package io.xraydesk.ui.context;

import io.xraydesk.core.session.Session;
import io.xraydesk.core.session.SessionOpener;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The application without its window: the stores ({@link AppServices}), the opener of sessions with
 * its embedded sandbox, and the signed-in session with its background {@link SessionWork}. Free of
 * JavaFX, so it is built and tested without a toolkit; every screen reaches it through its
 * {@code ScreenContext}. Session changes are made on the UI thread; slow starts and stops of session
 * work run on {@code background}.
 */
public final class AppContext implements AutoCloseable {

    private final AppServices services;
    private final SessionOpener opener;
    private final SessionEvents events;
    private final Executor background;
    private final SessionWork.Factory workFactory;
    private final List<Consumer<Session>> sessionListeners = new CopyOnWriteArrayList<>();
    private volatile Session session;
    private volatile SessionWork work;

    public AppContext(AppServices services, SessionOpener opener, SessionEvents events, Executor background) {
        this(services, opener, events, background, (session, database, settings, sessionEvents) ->
                new SessionWork(session, database, settings, sessionEvents, services.teamAccess()));
    }

    /** @param workFactory builds each session's work (tests hand in one over their own watcher) */
    public AppContext(AppServices services, SessionOpener opener, SessionEvents events, Executor background,
            SessionWork.Factory workFactory) {
        this.workFactory = Objects.requireNonNull(workFactory, "workFactory");
        this.services = Objects.requireNonNull(services, "services");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.events = Objects.requireNonNull(events, "events");
        this.background = Objects.requireNonNull(background, "background");
    }

    public AppServices services() {
        return services;
    }

    public SessionOpener opener() {
        return opener;
    }

    /** The signed-in session; null while signed out. */
    public Session session() {
        return session;
    }

    /** The signed-in session's uploads and watcher; empty while signed out. */
    public Optional<SessionWork> work() {
        return Optional.ofNullable(work);
    }

    /** Called with the new session (null: signed out) each time it changes, on the thread changing it. */
    public void onSessionChanged(Consumer<Session> listener) {
        sessionListeners.add(Objects.requireNonNull(listener));
    }

    /**
     * Replaces the session and its work: the previous work closes in the background (stopping uploads
     * waits for their threads), the new one starts there too. Signing in with the session already
     * open does nothing.
     */
    public void setSession(Session next) {
        if (next == session) {
            return;
        }
        SessionWork previous = work;
        session = next;
        work = next == null ? null : workFactory.open(next, services.database(), services.settings(), events);
        if (previous != null) {
            background.execute(previous::close);
        }
        if (work != null) {
            SessionWork starting = work;
            background.execute(() -> {
                try {
                    starting.start(services.settings());
                } catch (RuntimeException failure) {
                    events.startFailed(failure);
                }
            });
        }
        sessionListeners.forEach(listener -> listener.accept(next));
    }

    /** Stops the session's work (uploads in flight resume from the journal next time) and the stores. */
    @Override
    public void close() {
        if (work != null) {
            work.close();
        }
        opener.sandbox().close();
        services.close();
    }
}
