package io.xraydesk.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Where the analyst is and the places visited before, newest first, for Back. Kept by {@link
 * AppRoutes} and handed to the routes of a rebuilt window, so a language change keeps both. Call on
 * the FX thread.
 */
final class NavigationHistory {

    /** Enough for any afternoon's browsing; the oldest places are forgotten first. */
    static final int LIMIT = 50;

    private final Deque<Destination> earlier = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private Destination current;

    /** The analyst reached {@code destination}: the place left is remembered unless it is the same one. */
    void arrived(Destination destination) {
        if (current != null && !current.equals(destination)) {
            earlier.push(current);
            if (earlier.size() > LIMIT) {
                earlier.removeLast();
            }
        }
        current = destination;
        canGoBack.set(!earlier.isEmpty());
    }

    /** The place before the current one, which becomes the current one; empty when there is none. */
    Optional<Destination> back() {
        Destination previous = earlier.poll();
        if (previous != null) {
            current = previous;
        }
        canGoBack.set(!earlier.isEmpty());
        return Optional.ofNullable(previous);
    }

    Optional<Destination> current() {
        return Optional.ofNullable(current);
    }

    /** Signed out: the places belonged to the session that ended. */
    void clear() {
        earlier.clear();
        current = null;
        canGoBack.set(false);
    }

    ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }
}
