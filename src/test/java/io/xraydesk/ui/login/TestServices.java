package io.xraydesk.ui.login;

import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.MemorySecretStore;
import io.xraydesk.store.SecretStoreChoice;
import io.xraydesk.store.SettingsStore;
import io.xraydesk.ui.context.AppServices;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** {@link AppServices} over a temporary data folder, with an in-memory keychain and no IT presets. */
public final class TestServices {

    private TestServices() {
    }

    public static SettingsStore settingsStore(Path home) {
        AppPaths paths = AppPaths.at(home);
        return new SettingsStore(paths.settingsFile(), home.resolve("no-system-presets.json"), Map.of());
    }

    public static AppServices open(Path home, SecretStoreChoice secrets) {
        AppPaths paths = AppPaths.at(home);
        SettingsStore store = settingsStore(home);
        return new AppServices(paths, store, store.load(), secrets, LocalDatabase.open(paths.database()));
    }

    /** With a keychain that counts as persistent (no "session only" note). */
    public static AppServices open(Path home) {
        return open(home, new SecretStoreChoice(new MemorySecretStore(), Optional.empty()));
    }
}
