package io.xraydesk.ui.shell;

import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.layout.StackPane;

/**
 * Puts one {@link Screen} at a time in the content area of the main window, and keeps each screen's
 * lifecycle exact: the leaving screen is deactivated before the arriving one is shown and activated.
 * Where the analyst came from is kept by the application's routes, as places rather than screens
 * (screens are rebuilt with the window). Call on the FX thread.
 */
public final class Navigator {

    private final StackPane host;
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(this, "current");

    public Navigator(StackPane host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    /** The screen in the window, null before the first {@link #show}. */
    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Optional<Screen> current() {
        return Optional.ofNullable(current.get());
    }

    /** Shows {@code next}; showing the screen already in place does nothing. */
    public void show(Screen next) {
        Objects.requireNonNull(next, "next");
        Screen leaving = current.get();
        if (leaving == next) {
            return;
        }
        swap(leaving, next);
    }

    /** Deactivates the current screen and empties the window; used when the window closes or is rebuilt. */
    public void leave() {
        Screen leaving = current.get();
        if (leaving != null) {
            leaving.deactivate();
        }
        host.getChildren().clear();
        current.set(null);
    }

    private void swap(Screen leaving, Screen arriving) {
        if (leaving != null) {
            leaving.deactivate();
        }
        host.getChildren().setAll(arriving.view());
        current.set(arriving);
        arriving.activate();
    }
}
