package io.xraydesk.ui.settings;

import io.xraydesk.api.log.Redactor;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Settings;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.context.AppServices;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What the preferences dialog does, without controls: checks the export folder and saves the
 * settings file through the one task executor, then hands the saved settings to whoever applies
 * them to the running application. The form's state is the {@link PreferencesModel}. Properties
 * change on the UI thread only.
 */
final class PreferencesViewModel {

    private final AppServices services;
    private final BackgroundTasks tasks;
    private final Consumer<Settings> apply;
    private final PreferencesModel form;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved");

    /** @param apply given the settings once they are on disk, on the UI thread */
    PreferencesViewModel(AppServices services, BackgroundTasks tasks, Consumer<Settings> apply) {
        this.services = Objects.requireNonNull(services, "services");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.apply = Objects.requireNonNull(apply, "apply");
        this.form = new PreferencesModel(services.settings());
    }

    PreferencesModel form() {
        return form;
    }

    /** Why the last save failed, in words; empty when there is nothing to say. */
    ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True once the preferences are on disk: the dialog may close. */
    ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Saving is impossible: the form is invalid, or a save runs or is done. */
    ObservableBooleanValue saveBlocked() {
        return form.validProperty().not().or(saving).or(saved);
    }

    /** Checks the export folder and writes the settings; nothing changes when either fails. */
    void save() {
        if (saving.get() || saved.get() || !form.validProperty().get()) {
            return;
        }
        String folder = form.exportFolderProperty().get().strip();
        saving.set(true);
        error.set("");
        tasks.task("save preferences", progress -> {
            // Checked here rather than while typing: asking the disk is no work for the FX thread.
            if (!folder.isEmpty() && !isFolder(folder)) {
                return Optional.<Settings>empty();
            }
            return Optional.of(services.updateSettings(form::applyTo));
        }).onSuccess(updated -> {
            saving.set(false);
            if (updated.isEmpty()) {
                error.set(Messages.get("preferences.export.folder.missing", folder));
                return;
            }
            saved.set(true);
            apply.accept(updated.get());
        }).onFailure(failure -> {
            saving.set(false);
            error.set(Messages.get("preferences.save.failed", Redactor.redact(String.valueOf(failure.getMessage()))));
        }).start();
    }

    private static boolean isFolder(String folder) {
        try {
            return Files.isDirectory(Path.of(folder));
        } catch (InvalidPathException notAPath) {
            return false;
        }
    }
}
