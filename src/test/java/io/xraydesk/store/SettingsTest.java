package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsTest {

    private static final Profile FIRST = new Profile("a", "First", Environment.SANDBOX, null, "u-a", "v3", null, true);
    private static final Profile SECOND = new Profile("b", "Second", Environment.CUSTOM, "https://api.example.test",
            "u-b", "v3", "biz-1", false);

    // No field at its default, so a wither that resets a field it does not own is noticed.
    private static final Settings START = new Settings(Settings.CURRENT_SCHEMA_VERSION, List.of(FIRST), "a",
            NetworkSettings.DEFAULT.withManualProxy("proxy.corp", 3128, "alice"), "fr", Theme.DARK, true, 5,
            new WebhookReceiverSettings(true, 9000), false, "https://start.example.test",
            "postgresql://alice@db.corp:5432/xraydesk", new WindowGeometry(10, 20, 1000, 700, true), "/home/alice/exports",
            new TableLayout(List.of(new TableLayout.Column("dashboard-name", 180, true)),
                    List.of(new TableLayout.SortKey("dashboard-updated", true))));

    static Stream<Arguments> withers() {
        return Stream.of(
                wither("profiles", s -> s.withProfiles(List.of(SECOND)), List.of(SECOND)),
                wither("lastProfileId", s -> s.withLastProfileId("b"), "b"),
                wither("lastProfileId", s -> s.withLastProfileId(null), null),
                wither("network", s -> s.withNetwork(NetworkSettings.DEFAULT), NetworkSettings.DEFAULT),
                wither("locale", s -> s.withLocale("de"), "de"),
                wither("locale", s -> s.withLocale(null), null),
                wither("theme", s -> s.withTheme(Theme.LIGHT), Theme.LIGHT),
                wither("companyLookupEnabled", s -> s.withCompanyLookupEnabled(false), false),
                wither("companyLookupEnabled", s -> s.withCompanyLookupEnabled(null), null),
                wither("uploadConcurrency", s -> s.withUploadConcurrency(7), 7),
                wither("webhookReceiver", s -> s.withWebhookReceiver(WebhookReceiverSettings.DEFAULT), WebhookReceiverSettings.DEFAULT),
                wither("desktopNotifications", s -> s.withDesktopNotifications(true), true),
                wither("defaultCustomBaseUrl", s -> s.withDefaultCustomBaseUrl("https://other.example.test"),
                        "https://other.example.test"),
                wither("teamDatabase", s -> s.withTeamDatabase("jdbc:postgresql://db2.corp/xraydesk"),
                        "jdbc:postgresql://db2.corp/xraydesk"),
                wither("teamDatabase", s -> s.withTeamDatabase(null), null),
                wither("window", s -> s.withWindow(new WindowGeometry(-1200, 0, 900, 600, false)),
                        new WindowGeometry(-1200, 0, 900, 600, false)),
                wither("window", s -> s.withWindow(null), null),
                wither("exportFolder", s -> s.withExportFolder("/srv/exports"), "/srv/exports"),
                wither("exportFolder", s -> s.withExportFolder(" "), null),
                wither("requestsTable", s -> s.withRequestsTable(null), null),
                wither("requestsTable", s -> s.withRequestsTable(new TableLayout(List.of(),
                        List.of(new TableLayout.SortKey("xray-financial", false)))), new TableLayout(List.of(),
                        List.of(new TableLayout.SortKey("xray-financial", false)))));
    }

    private static Arguments wither(String component, UnaryOperator<Settings> change, Object expected) {
        return arguments(component, change, expected);
    }

    @ParameterizedTest(name = "{0} = {2}")
    @MethodSource("withers")
    void eachWitherChangesOnlyItsOwnField(String component, UnaryOperator<Settings> change, Object expected)
            throws ReflectiveOperationException {
        Settings changed = change.apply(START);
        for (RecordComponent field : Settings.class.getRecordComponents()) {
            Object before = field.getAccessor().invoke(START);
            Object after = field.getAccessor().invoke(changed);
            if (field.getName().equals(component)) {
                assertNotEquals(before, after, component + " was not changed");
                assertEquals(expected, after, component);
            } else {
                assertEquals(before, after, field.getName() + " changed by the wither of " + component);
            }
        }
    }

    @Test
    void everySettingHasAWitherCase() {
        Set<String> settings = Arrays.stream(Settings.class.getRecordComponents())
                .map(RecordComponent::getName)
                .filter(name -> !name.equals("schemaVersion"))
                .collect(Collectors.toSet());
        Set<String> covered = withers().map(arguments -> (String) arguments.get()[0]).collect(Collectors.toSet());
        assertEquals(settings, covered);
    }

    @Test
    void withersKeepTheCurrentSchemaVersionAndTheDefaultsForMissingValues() {
        Settings changed = START.withUploadConcurrency(0).withNetwork(null).withTheme(null).withWebhookReceiver(null);
        assertEquals(Settings.CURRENT_SCHEMA_VERSION, changed.schemaVersion());
        assertEquals(Settings.DEFAULT_UPLOAD_CONCURRENCY, changed.uploadConcurrency());
        assertEquals(NetworkSettings.DEFAULT, changed.network());
        assertEquals(Theme.SYSTEM, changed.theme());
        assertEquals(WebhookReceiverSettings.DEFAULT, changed.webhookReceiver());
        assertEquals(START.profiles(), changed.profiles());
    }

    @Test
    void uploadConcurrencyStaysWithinItsBoundsAndAnUnusableWindowIsForgotten() {
        assertEquals(Settings.MAX_UPLOAD_CONCURRENCY, START.withUploadConcurrency(40).uploadConcurrency());
        assertEquals(1, START.withUploadConcurrency(1).uploadConcurrency());
        assertNull(START.withWindow(new WindowGeometry(0, 0, 0, 700, false)).window());
        assertNull(START.withWindow(new WindowGeometry(Double.NaN, 0, 800, 700, false)).window());
    }
}
