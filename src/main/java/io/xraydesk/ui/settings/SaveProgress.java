package io.xraydesk.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Where a settings dialog's save stands: running, done (the dialog may close), or failed with the
 * reason in words, which stays until the next attempt. Changed on the UI thread only.
 */
final class SaveProgress {

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved");

    /** What went wrong last, in words; empty when there is nothing to say. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True once the settings are on disk. */
    ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Saving is impossible: the form is not {@code valid}, or a save runs or is done. */
    ObservableBooleanValue blocked(ObservableBooleanValue valid) {
        return saving.or(saved).or(Bindings.not(valid));
    }

    /** A save runs or is done: another must not start. */
    boolean busyOrDone() {
        return saving.get() || saved.get();
    }

    void started() {
        saving.set(true);
        error.set("");
    }

    void succeeded() {
        saving.set(false);
        saved.set(true);
    }

    /** The save did not happen, for {@code reason}; the form stays as typed. */
    void failed(String reason) {
        saving.set(false);
        error.set(reason);
    }

    /** Something other than saving has to be said (an import that failed), or unsaid with "". */
    void say(String message) {
        error.set(message);
    }
}
