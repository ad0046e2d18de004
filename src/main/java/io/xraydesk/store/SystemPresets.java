package io.xraydesk.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Defaults an IT department sets for every user of a machine: an optional system-wide settings file
 * (same layout as the user's, any subset of fields) and a few environment variables. They sit under
 * the user's own settings: the user can still change them.
 */
final class SystemPresets {

    static final String FILE_VARIABLE = "XRAYDESK_SYSTEM_SETTINGS";
    static final String BASE_URL_VARIABLE = "XRAYDESK_BASE_URL";
    static final String PROXY_VARIABLE = "XRAYDESK_PROXY";
    static final String COMPANY_LOOKUP_VARIABLE = "XRAYDESK_COMPANY_LOOKUP";

    private SystemPresets() {
    }

    /** Where the system-wide file is looked for: {@code XRAYDESK_SYSTEM_SETTINGS}, else the OS's machine-wide folder. */
    static Path defaultFile(Map<String, String> env, String osName) {
        String override = env.get(FILE_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String programData = env.getOrDefault("PROGRAMDATA", "C:\\ProgramData");
            return Path.of(programData, "XRayDesk", "settings.json");
        }
        if (os.contains("mac")) {
            return Path.of("/Library/Application Support/XRayDesk/settings.json");
        }
        return Path.of("/etc/xraydesk/settings.json");
    }

    /**
     * The system file as a tree at the current schema (empty if absent). A file written by hand
     * without {@code schemaVersion} is taken to be in the current layout.
     */
    static ObjectNode readFile(Path file, List<SettingsProblem> problems) {
        try {
            JsonNode node = SettingsJson.MAPPER.readTree(Files.readString(file));
            if (node instanceof ObjectNode object) {
                if (!object.has(SettingsMigrations.VERSION_FIELD)) {
                    object.put(SettingsMigrations.VERSION_FIELD, Settings.CURRENT_SCHEMA_VERSION);
                }
                return SettingsMigrations.APP.upgrade(object);
            }
            problems.add(new SettingsProblem(SettingsProblem.Kind.SYSTEM_FILE_INVALID, Optional.of(file),
                    Optional.empty(), "not a JSON object"));
        } catch (NoSuchFileException absent) {
            // No presets on this machine: the normal case.
        } catch (IOException e) {
            problems.add(new SettingsProblem(SettingsProblem.Kind.SYSTEM_FILE_INVALID, Optional.of(file),
                    Optional.empty(), e.getMessage()));
        }
        return SettingsJson.MAPPER.createObjectNode();
    }

    /** The preset environment variables as a settings tree; unusable values are reported and skipped. */
    static ObjectNode fromEnvironment(Map<String, String> env, List<SettingsProblem> problems) {
        ObjectNode tree = SettingsJson.MAPPER.createObjectNode();
        String baseUrl = env.get(BASE_URL_VARIABLE);
        if (baseUrl != null && !baseUrl.isBlank()) {
            tree.put("defaultCustomBaseUrl", baseUrl.strip());
        }
        String proxy = env.get(PROXY_VARIABLE);
        if (proxy != null && !proxy.isBlank()) {
            int colon = proxy.lastIndexOf(':');
            Integer port = colon > 0 ? parsePort(proxy.substring(colon + 1).strip()) : null;
            if (port == null) {
                problems.add(invalidVariable(PROXY_VARIABLE, "expected host:port"));
            } else {
                tree.putObject("network").put("proxyMode", ProxyMode.MANUAL.name())
                        .put("proxyHost", proxy.substring(0, colon).strip()).put("proxyPort", port);
            }
        }
        String lookup = env.get(COMPANY_LOOKUP_VARIABLE);
        if (lookup != null && !lookup.isBlank()) {
            switch (lookup.strip().toLowerCase(Locale.ROOT)) {
                case "off", "false", "0" -> tree.put("companyLookupEnabled", false);
                case "on", "true", "1" -> tree.put("companyLookupEnabled", true);
                default -> problems.add(invalidVariable(COMPANY_LOOKUP_VARIABLE, "expected on or off"));
            }
        }
        return tree;
    }

    private static Integer parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            return port >= 1 && port <= 65535 ? port : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static SettingsProblem invalidVariable(String name, String expected) {
        return new SettingsProblem(SettingsProblem.Kind.ENVIRONMENT_VARIABLE_INVALID, Optional.empty(),
                Optional.empty(), name + ": " + expected);
    }
}
