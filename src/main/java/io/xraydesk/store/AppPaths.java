package io.xraydesk.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its data (settings, local store, logs): the per-OS application-data folder,
 * or {@code XRAYDESK_HOME} when set, so that tests and scripts stay isolated. Never beside the
 * executable: an installed app's folder is often read-only.
 */
public final class AppPaths {

    public static final String HOME_VARIABLE = "XRAYDESK_HOME";
    private static final String APP_FOLDER = "XRayDesk";

    private final Path home;

    private AppPaths(Path home) {
        this.home = home;
    }

    public static AppPaths fromEnvironment() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static AppPaths resolve(Map<String, String> env, String osName, String userHome) {
        String override = env.get(HOME_VARIABLE);
        if (override != null && !override.isBlank()) {
            return new AppPaths(Path.of(override).toAbsolutePath());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path base;
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            base = appData != null ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
        } else if (os.contains("mac")) {
            base = Path.of(userHome, "Library", "Application Support");
        } else {
            String xdg = env.get("XDG_DATA_HOME");
            base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        }
        return new AppPaths(base.resolve(APP_FOLDER));
    }

    public static AppPaths at(Path home) {
        return new AppPaths(home.toAbsolutePath());
    }

    public Path home() {
        return home;
    }

    public Path settingsFile() {
        return home.resolve("settings.json");
    }

    public Path database() {
        return home.resolve("xraydesk.db");
    }

    /** Copies of the CA certificates the user imported, so they survive the originals moving. */
    public Path certificates() {
        return home.resolve("certificates");
    }

    public Path logs() {
        return home.resolve("logs");
    }
}
