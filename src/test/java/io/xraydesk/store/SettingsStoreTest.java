package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    private Path userFile() {
        return dir.resolve("home/settings.json");
    }

    private SettingsStore store(Map<String, String> env) {
        return new SettingsStore(userFile(), dir.resolve("system.json"), env);
    }

    private static Profile profile(String id, Environment environment) {
        return new Profile(id, "Profile " + id, environment, null, "user-" + id, "v3", null, true);
    }

    @Test
    void missingFileGivesDefaultsWithoutProblems() {
        LoadResult result = store(Map.of()).load();
        assertEquals(Settings.DEFAULTS, result.settings());
        assertEquals(List.of(), result.problems());
        assertEquals(3, result.settings().uploadConcurrency());
        assertTrue(result.settings().desktopNotifications());
        assertTrue(result.settings().companyLookupEnabled(Environment.SANDBOX));
        assertFalse(result.settings().companyLookupEnabled(Environment.PRODUCTION));
    }

    @Test
    void savedSettingsLoadBackEqualInAPrivateFile() throws Exception {
        Settings settings = Settings.DEFAULTS
                .withProfile(profile("a", Environment.SANDBOX))
                .withProfile(new Profile("b", "Custom", Environment.CUSTOM, "https://api.example.test", "u", "v3",
                        "biz-1", false))
                .withLastProfileId("b")
                .withNetwork(NetworkSettings.DEFAULT.withManualProxy("proxy.corp", 3128, "alice")
                        .withImportedCaFiles(List.of("/data/certificates/corp.pem")))
                .withLocale("fr")
                .withTheme(Theme.DARK)
                .withCompanyLookupEnabled(true)
                .withUploadConcurrency(5)
                .withWebhookReceiver(new WebhookReceiverSettings(true, 9000))
                .withDesktopNotifications(false)
                .withWindow(new WindowGeometry(-1910, 40, 1200, 780, true))
                .withExportFolder("/home/alice/exports");
        SettingsStore store = store(Map.of());
        store.save(settings);

        LoadResult result = store.load();
        assertEquals(settings, result.settings());
        assertEquals(List.of(), result.problems());
        assertEquals("b", result.settings().lastProfile().orElseThrow().id());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(userFile())));
        }
        assertFalse(Files.readString(userFile()).contains("password"), "no proxy password field in the file");
    }

    @Test
    void profileHelpersReplaceInPlaceAndForgetTheLastProfile() {
        Settings settings = Settings.DEFAULTS.withProfile(profile("a", Environment.SANDBOX))
                .withProfile(profile("b", Environment.PRODUCTION)).withLastProfileId("a");
        Profile renamed = new Profile("a", "Renamed", Environment.SANDBOX, null, "u", "v3", null, false);
        Settings updated = settings.withProfile(renamed);
        assertEquals(List.of("Renamed", "Profile b"), updated.profiles().stream().map(Profile::displayName).toList());
        Settings removed = updated.withoutProfile("a");
        assertEquals(List.of("b"), removed.profiles().stream().map(Profile::id).toList());
        assertEquals(null, removed.lastProfileId());
    }

    @Test
    void aFileWrittenBeforeWindowAndExportFolderExistedStillLoads() throws Exception {
        Files.createDirectories(userFile().getParent());
        Files.writeString(userFile(), """
                {"schemaVersion": 1, "locale": "fr", "theme": "DARK", "uploadConcurrency": 5,
                 "webhookReceiver": {"enabled": true, "port": 9100}, "desktopNotifications": false}""");

        LoadResult result = store(Map.of()).load();

        assertEquals(List.of(), result.problems());
        assertEquals(Settings.DEFAULTS.withLocale("fr").withTheme(Theme.DARK).withUploadConcurrency(5)
                .withWebhookReceiver(new WebhookReceiverSettings(true, 9100)).withDesktopNotifications(false),
                result.settings());
        assertNull(result.settings().window());
        assertNull(result.settings().exportFolder());
    }

    @Test
    void unknownFieldsAndUnknownEnumNamesAreIgnored() throws Exception {
        Files.createDirectories(userFile().getParent());
        Files.writeString(userFile(), """
                {"schemaVersion": 1, "futureFeature": {"x": 1}, "theme": "NEON", "locale": "fr",
                 "profiles": [{"id": "p", "displayName": "P", "environment": "PRODUCTION", "extra": true}]}
                """);
        LoadResult result = store(Map.of()).load();
        assertEquals(List.of(), result.problems());
        assertEquals(Theme.SYSTEM, result.settings().theme());
        assertEquals("fr", result.settings().locale());
        assertEquals(Environment.PRODUCTION, result.settings().profiles().get(0).environment());
    }

    @Test
    void corruptFileIsMovedAsideAndReported() throws Exception {
        Files.createDirectories(userFile().getParent());
        Files.writeString(userFile(), "{\"profiles\": [ this is not json");
        Clock clock = Clock.fixed(Instant.parse("2026-02-03T04:05:06Z"), ZoneOffset.UTC);
        SettingsStore store = new SettingsStore(userFile(), dir.resolve("system.json"), Map.of(),
                SettingsMigrations.APP, clock);

        LoadResult result = store.load();
        assertEquals(Settings.DEFAULTS, result.settings());
        SettingsProblem problem = result.problems().get(0);
        assertEquals(SettingsProblem.Kind.USER_FILE_CORRUPT, problem.kind());
        Path backup = problem.backup().orElseThrow();
        assertEquals("settings.json.corrupt-20260203-040506", backup.getFileName().toString());
        assertEquals("{\"profiles\": [ this is not json", Files.readString(backup));
        assertFalse(Files.exists(userFile()));
    }

    @Test
    void valuesOfTheWrongTypeCountAsCorrupt() throws Exception {
        Files.createDirectories(userFile().getParent());
        Files.writeString(userFile(), "{\"profiles\": \"not a list\", \"uploadConcurrency\": {\"a\": 1}}");
        LoadResult result = store(Map.of()).load();
        assertEquals(Settings.DEFAULTS, result.settings());
        assertEquals(SettingsProblem.Kind.USER_FILE_CORRUPT, result.problems().get(0).kind());
        assertTrue(result.problems().get(0).backup().isPresent());
    }

    @Test
    void systemFileAndEnvironmentArePresetsUnderTheUsersOwnChoices() throws Exception {
        Files.writeString(dir.resolve("system.json"),
                "{\"uploadConcurrency\": 2, \"theme\": \"LIGHT\", \"network\": {\"importedCaFiles\": [\"/etc/ca.pem\"]}}");
        Map<String, String> env = Map.of(
                SystemPresets.BASE_URL_VARIABLE, "https://october.corp.example",
                SystemPresets.PROXY_VARIABLE, "proxy.corp:8080",
                SystemPresets.COMPANY_LOOKUP_VARIABLE, "off");
        SettingsStore store = store(env);

        Settings presets = store.load().settings();
        assertEquals(2, presets.uploadConcurrency());
        assertEquals(Theme.LIGHT, presets.theme());
        assertEquals("https://october.corp.example", presets.defaultCustomBaseUrl());
        assertEquals(ProxyMode.MANUAL, presets.network().proxyMode());
        assertEquals("proxy.corp", presets.network().proxyHost());
        assertEquals(8080, presets.network().proxyPort());
        assertEquals(List.of("/etc/ca.pem"), presets.network().importedCaFiles());
        assertFalse(presets.companyLookupEnabled(Environment.SANDBOX));

        store.save(presets.withTheme(Theme.DARK));
        JsonNode written = SettingsJson.MAPPER.readTree(Files.readString(userFile()));
        assertEquals(2, written.size(), "only the version and the user's own change are written: " + written);
        assertEquals("DARK", written.get("theme").asText());

        Files.writeString(dir.resolve("system.json"), "{\"uploadConcurrency\": 4}");
        Settings later = store.load().settings();
        assertEquals(Theme.DARK, later.theme(), "the user's choice wins");
        assertEquals(4, later.uploadConcurrency(), "a preset the user never changed follows IT");
    }

    @Test
    void invalidPresetsAreReportedAndIgnored() throws Exception {
        Files.writeString(dir.resolve("system.json"), "[1, 2]");
        LoadResult result = store(Map.of(SystemPresets.PROXY_VARIABLE, "user:secret@proxy",
                SystemPresets.COMPANY_LOOKUP_VARIABLE, "maybe")).load();
        assertEquals(Settings.DEFAULTS, result.settings());
        assertEquals(List.of(SettingsProblem.Kind.SYSTEM_FILE_INVALID,
                        SettingsProblem.Kind.ENVIRONMENT_VARIABLE_INVALID, SettingsProblem.Kind.ENVIRONMENT_VARIABLE_INVALID),
                result.problems().stream().map(SettingsProblem::kind).toList());
        assertFalse(result.problems().toString().contains("secret"), "variable values are not echoed");
    }

    @Test
    void systemFileLocationFollowsVariableThenOperatingSystem() {
        assertEquals(Path.of("/opt/x.json"),
                SystemPresets.defaultFile(Map.of(SystemPresets.FILE_VARIABLE, "/opt/x.json"), "Linux"));
        assertEquals(Path.of("/etc/xraydesk/settings.json"), SystemPresets.defaultFile(Map.of(), "Linux"));
        assertEquals(Path.of("/Library/Application Support/XRayDesk/settings.json"),
                SystemPresets.defaultFile(Map.of(), "Mac OS X"));
        assertEquals(Path.of("D:\\Data", "XRayDesk", "settings.json"),
                SystemPresets.defaultFile(Map.of("PROGRAMDATA", "D:\\Data"), "Windows 11"));
    }

    @Test
    void olderSchemaIsMigratedStepByStep() throws Exception {
        // A fabricated history: v0 named the display name "name" and kept the proxy as "host:port";
        // v1 is today's layout.
        SettingsMigrations migrations = new SettingsMigrations(1, List.of(v0 -> {
            for (JsonNode profile : v0.withArray("profiles")) {
                ObjectNode p = (ObjectNode) profile;
                p.set("displayName", p.remove("name"));
            }
            String[] proxy = v0.remove("proxy").asText().split(":");
            v0.putObject("network").put("proxyMode", "MANUAL").put("proxyHost", proxy[0])
                    .put("proxyPort", Integer.parseInt(proxy[1]));
            return v0;
        }));
        Files.createDirectories(userFile().getParent());
        Files.writeString(userFile(), """
                {"schemaVersion": 0, "profiles": [{"id": "p1", "name": "Main", "environment": "SANDBOX"}],
                 "proxy": "proxy.old:3128", "theme": "DARK"}
                """);
        SettingsStore store = new SettingsStore(userFile(), dir.resolve("system.json"), Map.of(), migrations,
                Clock.systemUTC());

        LoadResult result = store.load();
        assertEquals(List.of(), result.problems());
        assertEquals("Main", result.settings().profiles().get(0).displayName());
        assertEquals("proxy.old", result.settings().network().proxyHost());
        assertEquals(3128, result.settings().network().proxyPort());
        assertEquals(Theme.DARK, result.settings().theme());

        ObjectNode current = SettingsJson.MAPPER.createObjectNode().put("schemaVersion", 1).put("theme", "LIGHT");
        assertEquals(current.deepCopy(), migrations.upgrade(current), "a current file is left as it is");
    }
}
