package io.xraydesk.ui.context;

import io.xraydesk.core.team.TeamAccess;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.DatabaseRecovery;
import io.xraydesk.store.LoadResult;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RecoveringOpen;
import io.xraydesk.store.SecretStoreChoice;
import io.xraydesk.store.SecretStores;
import io.xraydesk.store.Settings;
import io.xraydesk.store.SettingsStore;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

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
    /** The keychain's answer, which may come after the rest has opened (see {@link #open}). */
    private final CompletableFuture<SecretStoreChoice> secrets;
    private final LocalDatabase database;
    private Optional<DatabaseRecovery> databaseRecovery = Optional.empty();

    public AppServices(AppPaths paths, SettingsStore settingsStore, LoadResult settingsLoad, SecretStoreChoice secrets,
            LocalDatabase database) {
        this(paths, settingsStore, settingsLoad, CompletableFuture.completedFuture(Objects.requireNonNull(secrets)),
                database);
    }

    private AppServices(AppPaths paths, SettingsStore settingsStore, LoadResult settingsLoad,
            CompletableFuture<SecretStoreChoice> secrets, LocalDatabase database) {
        this.paths = Objects.requireNonNull(paths);
        this.settingsStore = Objects.requireNonNull(settingsStore);
        this.settingsLoad = Objects.requireNonNull(settingsLoad);
        this.settings = settingsLoad.settings();
        this.secrets = secrets;
        this.database = Objects.requireNonNull(database);
    }

    /**
     * Opens the data folder: settings and the local database before returning, the keychain on a
     * thread of its own that may answer later (its probe, D-Bus and native libraries, is the slowest
     * part and the first screen does not need it to be drawn; {@link #secrets()} waits for it).
     * Blocking (disk): call it off the FX thread. A corrupt settings file is not an error here:
     * {@link #settingsLoad()} says what happened.
     */
    public static AppServices open(AppPaths paths) {
        CompletableFuture<SecretStoreChoice> keychain = new CompletableFuture<>();
        Thread probe = new Thread(() -> {
            try {
                keychain.complete(SecretStores.open());
            } catch (RuntimeException | Error failure) {
                keychain.completeExceptionally(failure);
            }
        }, "keychain-open");
        probe.setDaemon(true);
        probe.start();
        SettingsStore store = SettingsStore.forApp(paths);
        LoadResult load = store.load();
        RecoveringOpen.Opened database = RecoveringOpen.open(paths.database());
        AppServices services = new AppServices(paths, store, load, keychain, database.database());
        services.databaseRecovery = database.recovery();
        return services;
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

    /**
     * Applies {@code change} to the current settings, saves and publishes the result, as one step:
     * two changes made at once (a preference and the window's size) never undo each other; no
     * change writes nothing. Disk work: call it off the FX thread.
     */
    public synchronized Settings updateSettings(UnaryOperator<Settings> change) throws IOException {
        Settings updated = Objects.requireNonNull(change.apply(settings));
        if (updated.equals(settings)) {
            return settings;
        }
        settingsStore.save(updated);
        settings = updated;
        return updated;
    }

    /** Publishes settings already saved: every later {@link #settings()} sees them. */
    public void publishSettings(Settings updated) {
        settings = Objects.requireNonNull(updated);
    }

    /**
     * The secret store, waiting for the keychain's answer if it has not come yet (at most
     * {@link SecretStores#PROBE_TIMEOUT} after start): blocking, so call it off the FX thread.
     */
    public SecretStoreChoice secrets() {
        return secrets.join();
    }

    /**
     * The local database was found lost or damaged at start (and replaced): what the analyst must be
     * told, in the words under its message key.
     */
    public Optional<DatabaseRecovery> databaseRecovery() {
        return databaseRecovery;
    }

    /**
     * How this desktop reaches its team database ({@code XRAYDESK_TEAM_DB}, else the settings; docs/team.md),
     * empty when it works alone. The password is read from the keychain only when connecting.
     */
    public Optional<TeamAccess> teamAccess() {
        return TeamAccess.of(System.getenv(), settings, () -> secrets().store());
    }

    public LocalDatabase database() {
        return database;
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            // Now if the keychain has answered, else as soon as it does (on the probe's thread).
            secrets.thenAccept(choice -> choice.store().close());
        }
    }
}
