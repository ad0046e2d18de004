package io.xraydesk.ui;

import io.xraydesk.core.session.Session;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LoadResult;
import io.xraydesk.store.DatabaseRecovery;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RecoveringOpen;
import io.xraydesk.store.SecretStoreChoice;
import io.xraydesk.store.SecretStores;
import io.xraydesk.store.Settings;
import io.xraydesk.store.SettingsStore;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the screens share, opened in the background after the first window is shown: settings,
 * secrets, the local database (upload journal, request and report caches), background tasks, and the
 * current {@link Session} (null while signed out). Properties are read and written on the FX thread.
 */
public final class AppServices implements AutoCloseable {

    private final AppPaths paths;
    private final SettingsStore settingsStore;
    private final ObjectProperty<Settings> settings;
    private final LoadResult settingsLoad;
    private final SecretStoreChoice secrets;
    private final LocalDatabase database;
    private final BackgroundTasks tasks;
    private Optional<DatabaseRecovery> databaseRecovery = Optional.empty();
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>(this, "session");

    public AppServices(AppPaths paths, SettingsStore settingsStore, LoadResult settingsLoad, SecretStoreChoice secrets,
            LocalDatabase database, BackgroundTasks tasks) {
        this.paths = Objects.requireNonNull(paths);
        this.settingsStore = Objects.requireNonNull(settingsStore);
        this.settingsLoad = Objects.requireNonNull(settingsLoad);
        this.settings = new SimpleObjectProperty<>(this, "settings", settingsLoad.settings());
        this.secrets = Objects.requireNonNull(secrets);
        this.database = Objects.requireNonNull(database);
        this.tasks = Objects.requireNonNull(tasks);
    }

    /**
     * Opens everything from the data folder. Blocking (disk, keychain probe): call it off the FX
     * thread. A corrupt settings file is not an error here: {@link #settingsLoad()} says what happened.
     */
    public static AppServices open(AppPaths paths, BackgroundTasks tasks) {
        SettingsStore store = SettingsStore.forApp(paths);
        LoadResult load = store.load();
        SecretStoreChoice secrets = SecretStores.open();
        RecoveringOpen.Opened database = RecoveringOpen.open(paths.database());
        AppServices services = new AppServices(paths, store, load, secrets, database.database(), tasks);
        services.databaseRecovery = database.recovery();
        return services;
    }

    public AppPaths paths() {
        return paths;
    }

    public LoadResult settingsLoad() {
        return settingsLoad;
    }

    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public Settings settings() {
        return settings.get();
    }

    /** Saves and publishes new settings; disk work, so call it off the FX thread and publish there. */
    public void saveSettings(Settings updated) throws IOException {
        settingsStore.save(updated);
    }

    /** Publishes settings already saved (FX thread). */
    public void publishSettings(Settings updated) {
        settings.set(updated);
    }

    public SecretStoreChoice secrets() {
        return secrets;
    }

    /**
     * The local database was found lost or damaged at start (and replaced): what the analyst must be
     * told, in the words under its message key.
     */
    public Optional<DatabaseRecovery> databaseRecovery() {
        return databaseRecovery;
    }

    public LocalDatabase database() {
        return database;
    }

    public BackgroundTasks tasks() {
        return tasks;
    }

    public ObjectProperty<Session> sessionProperty() {
        return session;
    }

    public Session session() {
        return session.get();
    }

    @Override
    public void close() {
        database.close();
    }
}
