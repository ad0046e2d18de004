package io.xraydesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells a desktop what the team changed, through PostgreSQL's {@code LISTEN} on {@value #CHANNEL}: the
 * team schema's triggers announce every committed write of a shared row ({@link TeamChange}), so a
 * desktop refreshes what changed instead of polling the API or the database.
 *
 * <p>Notifications sent while the listener is disconnected are lost (PostgreSQL does not keep them), so
 * after each connection, the first one included, the subscriber is asked to {@link
 * Subscriber#resynchronise() resynchronise}: read the rows again, then rely on notifications. A lost
 * connection is retried after {@code retryDelay}, then after twice as long each time it fails again, up
 * to {@link #MAX_RETRY_DELAY}, for as long as the listener is open; the subscriber hears of the loss
 * ({@link Subscriber#disconnected()}), so a desktop can say so.
 */
public final class TeamChangeListener implements AutoCloseable {

    public static final String CHANNEL = "xraydesk_team";

    private static final Logger LOG = Logger.getLogger(TeamChangeListener.class.getName());
    private static final int POLL_MILLIS = 250;
    /** The longest wait between two tries to reach a lost database: a desktop comes back soon after it does. */
    public static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(30);

    /** What the listener reports, on its own thread. */
    public interface Subscriber {

        /** A shared row changed. */
        void changed(TeamChange change);

        /** Listening (again): changes may have been missed before, read the shared rows anew. */
        void resynchronise();

        /** The connection was lost, or could not be made: changes are not heard until the next {@link #resynchronise()}. */
        default void disconnected() {
        }
    }

    private final TeamDatabase database;
    private final Subscriber subscriber;
    private final Duration retryDelay;
    private final Thread thread;
    private volatile boolean open = true;

    private TeamChangeListener(TeamDatabase database, Subscriber subscriber, Duration retryDelay) {
        this.database = database;
        this.subscriber = subscriber;
        this.retryDelay = retryDelay;
        this.thread = new Thread(this::run, "team-change-listener");
        thread.setDaemon(true);
    }

    /** Starts listening on a connection of its own. */
    public static TeamChangeListener start(TeamDatabase database, Subscriber subscriber, Duration retryDelay) {
        TeamChangeListener listener = new TeamChangeListener(Objects.requireNonNull(database),
                Objects.requireNonNull(subscriber), Objects.requireNonNull(retryDelay));
        listener.thread.start();
        return listener;
    }

    private void run() {
        Duration delay = retryDelay;
        while (open) {
            try (Connection connection = database.newConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                delay = retryDelay;
                subscriber.resynchronise();
                deliver(connection.unwrap(PGConnection.class));
            } catch (SQLException | StoreException e) {
                // A subscriber that could not read the rows again throws the store's failure: listen anew later.
                if (open) {
                    LOG.log(Level.INFO, "Team change listener lost the team database " + database.address()
                            + " (" + e.getMessage() + "); retrying in " + delay.toMillis() + " ms");
                    subscriber.disconnected();
                    pause(delay);
                    delay = delay.multipliedBy(2).compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY
                            : delay.multipliedBy(2);
                }
            }
        }
    }

    private void deliver(PGConnection connection) throws SQLException {
        while (open) {
            PGNotification[] notifications = connection.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    TeamChange.parse(notification.getParameter()).ifPresent(subscriber::changed);
                }
            }
        }
    }

    private void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
            open = false;
        }
    }

    /** Stops listening and waits for the listener's thread to end. */
    @Override
    public void close() {
        open = false;
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
