package io.xraydesk.ui.concurrent;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Counts background tasks in flight, for a busy indicator. Several tasks may share one counter (a
 * screen's spinner stays up until the last of its tasks ends). Changed only through the
 * {@link UiExecutor}, so bindings see it on the UI thread.
 */
public final class Activity {

    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public Activity() {
        busy.bind(running.greaterThan(0));
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    void started() {
        running.set(running.get() + 1);
    }

    void ended() {
        running.set(Math.max(0, running.get() - 1));
    }
}
