package io.xraydesk.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads whether the operating system is set to a dark appearance, by asking the OS's own tool:
 * {@code gsettings} on Linux desktops, the registry on Windows, {@code defaults} on macOS. Each call
 * starts a process: run it off the UI thread. Anything unreadable answers "unknown".
 */
public final class OsAppearance {

    /** Runs a command and returns its standard output, or empty when it failed or timed out. */
    @FunctionalInterface
    public interface CommandRunner {
        Optional<String> run(List<String> command);
    }

    static final List<String> GNOME_COLOR_SCHEME =
            List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme");
    static final List<String> GNOME_GTK_THEME =
            List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme");
    static final List<String> WINDOWS_APPS_THEME = List.of("reg", "query",
            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme");
    static final List<String> MAC_INTERFACE_STYLE = List.of("defaults", "read", "-g", "AppleInterfaceStyle");

    private final String osName;
    private final CommandRunner runner;

    public OsAppearance(String osName, CommandRunner runner) {
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.runner = runner;
    }

    /** The running system, asked through real processes with a short timeout. */
    public static OsAppearance ofThisSystem() {
        return new OsAppearance(System.getProperty("os.name", ""), OsAppearance::runProcess);
    }

    /** True for dark, false for light, empty when the system does not say. */
    public Optional<Boolean> prefersDark() {
        if (osName.startsWith("windows")) {
            return runner.run(WINDOWS_APPS_THEME).flatMap(OsAppearance::parseWindowsAppsUseLightTheme);
        }
        if (osName.startsWith("mac")) {
            // The key only exists in dark mode: a failed read means light.
            return Optional.of(runner.run(MAC_INTERFACE_STYLE).map(OsAppearance::parseMacInterfaceStyle).orElse(false));
        }
        Optional<Boolean> scheme = runner.run(GNOME_COLOR_SCHEME).flatMap(OsAppearance::parseGnomeColorScheme);
        if (scheme.isPresent()) {
            return scheme;
        }
        // Older GNOME and most GTK desktops only name the theme ("Adwaita-dark").
        return runner.run(GNOME_GTK_THEME).flatMap(OsAppearance::parseGtkThemeName);
    }

    /** {@code 'prefer-dark'} → dark, {@code 'prefer-light'} → light, {@code 'default'} → not said. */
    static Optional<Boolean> parseGnomeColorScheme(String output) {
        String value = unquote(output);
        if (value.equals("prefer-dark")) {
            return Optional.of(true);
        }
        if (value.equals("prefer-light")) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    static Optional<Boolean> parseGtkThemeName(String output) {
        String value = unquote(output);
        return value.isEmpty() ? Optional.empty() : Optional.of(value.toLowerCase(Locale.ROOT).contains("dark"));
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0} → dark; {@code 0x1} → light. */
    static Optional<Boolean> parseWindowsAppsUseLightTheme(String output) {
        for (String line : output.split("\\R")) {
            if (line.contains("AppsUseLightTheme")) {
                String[] parts = line.trim().split("\\s+");
                String value = parts[parts.length - 1];
                if (value.equalsIgnoreCase("0x0")) {
                    return Optional.of(true);
                }
                if (value.equalsIgnoreCase("0x1")) {
                    return Optional.of(false);
                }
            }
        }
        return Optional.empty();
    }

    static boolean parseMacInterfaceStyle(String output) {
        return output.trim().equalsIgnoreCase("Dark");
    }

    private static String unquote(String output) {
        return output.trim().replace("'", "");
    }

    private static Optional<String> runProcess(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            process.getOutputStream().close();
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String output;
            try (InputStream in = process.getInputStream()) {
                output = new String(in.readAllBytes(), Charset.defaultCharset());
            }
            return process.exitValue() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException e) {
            // The tool is not installed (no GNOME, no reg.exe): the system simply does not say.
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
