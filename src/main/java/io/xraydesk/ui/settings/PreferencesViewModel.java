package io.xraydesk.ui.settings;

import io.xraydesk.api.log.Redactor;
import io.xraydesk.core.i18n.FailureWords;
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
    private final TeamSettingForm team;
    private final SaveProgress progress = new SaveProgress();

    /** @param apply given the settings once they are on disk, on the UI thread */
    PreferencesViewModel(AppServices services, BackgroundTasks tasks, Consumer<Settings> apply) {
        this.services = Objects.requireNonNull(services, "services");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.apply = Objects.requireNonNull(apply, "apply");
        this.form = new PreferencesModel(services.settings());
        this.team = new TeamSettingForm(services.settings());
    }

    /** The team database's part of the form. */
    TeamSettingForm team() {
        return team;
    }

    /** Checks the team database typed, off the FX thread. */
    void checkTeam(TeamSettingForm typed) {
        typed.check(tasks, () -> services.secrets().store());
    }

    PreferencesModel form() {
        return form;
    }

    /** The save: running, done (the dialog may close) or failed in words. */
    SaveProgress progress() {
        return progress;
    }

    ObservableBooleanValue saveBlocked() {
        return progress.blocked(form.validProperty().and(team.addressProblem().isEmpty()));
    }

    /** Checks the export folder and writes the settings; nothing changes when either fails. */
    void save() {
        if (progress.busyOrDone() || !form.validProperty().get() || !team.addressProblem().get().isEmpty()) {
            return;
        }
        String folder = form.exportFolderProperty().get().strip();
        String teamPassword = team.passwordProperty().get();
        progress.started();
        tasks.task("save preferences", progress -> {
            // Checked here rather than while typing: asking the disk is no work for the FX thread.
            if (!folder.isEmpty() && !isFolder(folder)) {
                return Optional.<Settings>empty();
            }
            // The password to the keychain first: settings naming a database whose password is not saved
            // would fail at the next sign-in.
            team.savePassword(services.secrets().store(), teamPassword);
            return Optional.of(services.updateSettings(base -> team.applyTo(form.applyTo(base))));
        }).onSuccess(updated -> {
            if (updated.isEmpty()) {
                progress.failed(Messages.get("preferences.export.folder.missing", folder));
                return;
            }
            progress.succeeded();
            apply.accept(updated.get());
        }).onFailure(failure -> progress.failed(Messages.get("preferences.save.failed",
                Redactor.redact(FailureWords.of(failure))))).start();
    }

    private static boolean isFolder(String folder) {
        try {
            return Files.isDirectory(Path.of(folder));
        } catch (InvalidPathException notAPath) {
            return false;
        }
    }
}
