package io.xraydesk.ui.context;

import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LoadResult;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.SecretStoreChoice;
import io.xraydesk.store.SecretStores;
import io.xraydesk.store.Settings;
import io.xraydesk.store.SettingsStore;
import java.io.IOException;
import java.util.Objects;

/**
 * The installation's stores, opened in the background after the first window is shown: settings,
 * secrets and the local database (upload journal, request and report caches). Free of JavaFX; the
 * signed-in session lives beside it in {@link AppContext}.
 */
public final class AppServices implements AutoCloseable {

    private final AppPaths paths;
    private final SettingsStore settingsStore;
    /** Replaced as a whole when saved settings are published; read from any thread. */
    private volatile Settings settings;
    private final LoadResult settingsLoad;
    private final SecretStoreChoice secrets;
    private final LocalDatabase database;

    public AppServices(AppPaths paths, SettingsStore settingsStore, LoadResult settingsLoad, SecretStoreChoice secrets,
            LocalDatabase database) {
        this.paths = Objects.requireNonNull(paths);
        this.settingsStore = Objects.requireNonNull(settingsStore);
        this.settingsLoad = Objects.requireNonNull(settingsLoad);
        this.settings = settingsLoad.settings();
        this.secrets = Objects.requireNonNull(secrets);
        this.database = Objects.requireNonNull(database);
    }

    /**
     * Opens everything from the data folder. Blocking (disk, keychain probe): call it off the FX
     * thread. A corrupt settings file is not an error here: {@link #settingsLoad()} says what happened.
     */
    public static AppServices open(AppPaths paths) {
        SettingsStore store = SettingsStore.forApp(paths);
        LoadResult load = store.load();
        SecretStoreChoice secrets = SecretStores.open();
        LocalDatabase database = LocalDatabase.open(paths.database());
        return new AppServices(paths, store, load, secrets, database);
    }

    public AppPaths paths() {
        return paths;
    }

    public LoadResult settingsLoad() {
        return settingsLoad;
    }

    public Settings settings() {
        return settings;
    }

    /** Saves and publishes new settings; disk work, so call it off the FX thread and publish there. */
    public void saveSettings(Settings updated) throws IOException {
        settingsStore.save(updated);
    }

    /** Publishes settings already saved: every later {@link #settings()} sees them. */
    public void publishSettings(Settings updated) {
        settings = Objects.requireNonNull(updated);
    }

    public SecretStoreChoice secrets() {
        return secrets;
    }

    public LocalDatabase database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }
}
