package io.xraydesk.ui.settings;

import io.xraydesk.api.log.Redactor;
import io.xraydesk.core.i18n.FailureWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.CaCertificateCopies;
import io.xraydesk.store.NetworkSettings;
import io.xraydesk.store.SecretKeys;
import io.xraydesk.store.SecretStore;
import io.xraydesk.store.Settings;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.context.AppServices;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What the network settings dialog does, without controls: reads the proxy password from the secret
 * store, imports CA certificates into the data folder, and saves the settings file and the secret,
 * all through the one task executor. The form's state is the {@link NetworkSettingsModel}.
 * Properties change on the UI thread only.
 */
final class NetworkSettingsViewModel {

    private final AppServices services;
    private final BackgroundTasks tasks;
    private final NetworkSettingsModel form;
    private final SaveProgress progress = new SaveProgress();

    NetworkSettingsViewModel(AppServices services, BackgroundTasks tasks) {
        this.services = Objects.requireNonNull(services, "services");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.form = new NetworkSettingsModel(services.settings().network(), "");
    }

    NetworkSettingsModel form() {
        return form;
    }

    /** The save: running, done (the dialog may close) or failed in words, as is a failed import. */
    SaveProgress progress() {
        return progress;
    }

    ObservableBooleanValue saveBlocked() {
        return progress.blocked(form.validProperty());
    }

    /** Passwords last for this session only: there is no keychain. */
    boolean passwordsForThisSessionOnly() {
        return services.secrets().whyNotPersistent().isPresent();
    }

    /** Puts the remembered proxy password, if any, in the form. */
    void loadPassword() {
        tasks.task("read proxy password", progress -> services.secrets().store().read(SecretKeys.PROXY_PASSWORD))
                .onSuccess(password -> password.ifPresent(form.passwordProperty()::set))
                .start();
    }

    /** Copies a PEM or DER certificate into the data folder and lists it; it counts once saved. */
    void importCertificate(Path source) {
        progress.say("");
        CaImport importer = new CaImport(new CaCertificateCopies(services.paths()));
        tasks.task("import CA certificate", progress -> importer.importFile(source))
                .onSuccess(copy -> {
                    if (!form.caFiles().contains(copy.toString())) {
                        form.caFiles().add(copy.toString());
                    }
                })
                .onFailure(failure -> progress.say(failure instanceof IllegalArgumentException
                        ? Messages.get("network.trust.invalid", source.getFileName())
                        : Messages.get("network.trust.unreadable", source.getFileName(), FailureWords.of(failure))))
                .start();
    }

    /**
     * Writes the proxy password (or forgets it), the settings file, and removes the copies of the
     * certificates taken out of the list; the new settings are published once all is on disk.
     */
    void save() {
        if (progress.busyOrDone()) {
            return;
        }
        NetworkSettings network = form.toSettings();
        String password = form.passwordToKeep();
        Settings current = services.settings();
        List<String> dropped = current.network().importedCaFiles().stream()
                .filter(file -> !network.importedCaFiles().contains(file)).toList();
        progress.started();
        tasks.task("save network settings", progress -> {
            SecretStore secrets = services.secrets().store();
            if (password.isEmpty()) {
                secrets.delete(SecretKeys.PROXY_PASSWORD);
            } else {
                secrets.write(SecretKeys.PROXY_PASSWORD, password);
            }
            Settings updated = current.withNetwork(network);
            services.saveSettings(updated);
            CaCertificateCopies copies = new CaCertificateCopies(services.paths());
            for (String file : dropped) {
                copies.remove(Path.of(file));
            }
            return updated;
        }).onSuccess(updated -> {
            services.publishSettings(updated);
            progress.succeeded();
        }).onFailure(failure -> progress.failed(Messages.get("network.save.failed",
                Redactor.redact(FailureWords.of(failure))))).start();
    }
}
