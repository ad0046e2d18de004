package io.xraydesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything the user can set, as one immutable value; change it with the {@code withX} helpers and
 * save it with {@link SettingsStore#save(Settings)}. Missing values fall back to defaults in the
 * compact constructor, so a partial file (or a preset file written by hand) always yields a complete
 * value.
 *
 * @param locale language tag of the chosen language, null to follow the operating system
 * @param companyLookupEnabled null means "the environment's default": see {@link #companyLookupEnabled(Environment)}
 * @param defaultCustomBaseUrl the base URL offered when creating a CUSTOM profile (an IT preset), or null
 * @param teamDatabase the team database's address ({@link TeamDatabaseAddress}), null when working alone
 * @param window the main window's last size and place, null until it was first closed or resized
 * @param exportFolder the folder the export choosers open in, null for the platform's own choice
 * @param requestsTable the requests list's columns and sort order as the analyst left them, null until changed
 */
public record Settings(
        Integer schemaVersion,
        List<Profile> profiles,
        String lastProfileId,
        NetworkSettings network,
        String locale,
        Theme theme,
        Boolean companyLookupEnabled,
        Integer uploadConcurrency,
        WebhookReceiverSettings webhookReceiver,
        Boolean desktopNotifications,
        String defaultCustomBaseUrl,
        String teamDatabase,
        WindowGeometry window,
        String exportFolder,
        TableLayout requestsTable) {

    public static final int CURRENT_SCHEMA_VERSION = 1;
    public static final int DEFAULT_UPLOAD_CONCURRENCY = 3;
    /** More parallel uploads than this only share the same uplink thinner (docs/uploads.md). */
    public static final int MIN_UPLOAD_CONCURRENCY = 1;
    public static final int MAX_UPLOAD_CONCURRENCY = 8;

    public static final Settings DEFAULTS = new Settings(CURRENT_SCHEMA_VERSION, List.of(), null,
            NetworkSettings.DEFAULT, null, Theme.SYSTEM, null, DEFAULT_UPLOAD_CONCURRENCY, WebhookReceiverSettings.DEFAULT,
            true, null, null, null, null, null);

    public Settings {
        // A value in memory is always at the current layout: older files are migrated before binding.
        schemaVersion = CURRENT_SCHEMA_VERSION;
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        network = network == null ? NetworkSettings.DEFAULT : network;
        theme = theme == null ? Theme.SYSTEM : theme;
        uploadConcurrency = uploadConcurrency == null || uploadConcurrency < MIN_UPLOAD_CONCURRENCY
                ? DEFAULT_UPLOAD_CONCURRENCY : Math.min(uploadConcurrency, MAX_UPLOAD_CONCURRENCY);
        webhookReceiver = webhookReceiver == null ? WebhookReceiverSettings.DEFAULT : webhookReceiver;
        desktopNotifications = desktopNotifications == null || desktopNotifications;
        teamDatabase = teamDatabase == null || teamDatabase.isBlank() ? null : teamDatabase.strip();
        window = window == null || !window.usable() ? null : window;
        exportFolder = exportFolder == null || exportFolder.isBlank() ? null : exportFolder.strip();
    }

    /**
     * Whether the company lookup is on for a profile of this environment: the user's (or IT's) choice,
     * else off in Production (lookups there are billed and reach real registries) and on elsewhere.
     */
    public boolean companyLookupEnabled(Environment environment) {
        return companyLookupEnabled != null ? companyLookupEnabled : environment != Environment.PRODUCTION;
    }

    public Optional<Profile> profile(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The profile used last, if it still exists. */
    public Optional<Profile> lastProfile() {
        return lastProfileId == null ? Optional.empty() : profile(lastProfileId);
    }

    /** Adds the profile, or replaces the one with the same id in place. */
    public Settings withProfile(Profile profile) {
        List<Profile> list = new ArrayList<>(profiles);
        int index = indexOf(profile.id());
        if (index >= 0) {
            list.set(index, profile);
        } else {
            list.add(profile);
        }
        return withProfiles(list);
    }

    /** Removes the profile; forgets it as the last one used if it was. */
    public Settings withoutProfile(String id) {
        List<Profile> list = new ArrayList<>(profiles);
        list.removeIf(p -> p.id().equals(id));
        Settings removed = withProfiles(list);
        return id.equals(lastProfileId) ? removed.withLastProfileId(null) : removed;
    }

    private int indexOf(String id) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Settings withProfiles(List<Profile> value) {
        return edit(draft -> draft.profiles = value);
    }

    public Settings withLastProfileId(String value) {
        return edit(draft -> draft.lastProfileId = value);
    }

    public Settings withNetwork(NetworkSettings value) {
        return edit(draft -> draft.network = value);
    }

    public Settings withLocale(String value) {
        return edit(draft -> draft.locale = value);
    }

    public Settings withTheme(Theme value) {
        return edit(draft -> draft.theme = value);
    }

    public Settings withCompanyLookupEnabled(Boolean value) {
        return edit(draft -> draft.companyLookupEnabled = value);
    }

    public Settings withUploadConcurrency(int value) {
        return edit(draft -> draft.uploadConcurrency = value);
    }

    public Settings withWebhookReceiver(WebhookReceiverSettings value) {
        return edit(draft -> draft.webhookReceiver = value);
    }

    public Settings withDesktopNotifications(boolean value) {
        return edit(draft -> draft.desktopNotifications = value);
    }

    public Settings withDefaultCustomBaseUrl(String value) {
        return edit(draft -> draft.defaultCustomBaseUrl = value);
    }

    public Settings withTeamDatabase(String value) {
        return edit(draft -> draft.teamDatabase = value);
    }

    public Settings withWindow(WindowGeometry value) {
        return edit(draft -> draft.window = value);
    }

    public Settings withExportFolder(String value) {
        return edit(draft -> draft.exportFolder = value);
    }

    public Settings withRequestsTable(TableLayout value) {
        return edit(draft -> draft.requestsTable = value);
    }

    /** A copy with the fields {@code change} sets on a draft of this value; the others are kept. */
    private Settings edit(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return draft.toSettings();
    }

    /**
     * The one place that copies every field: the withers each set a single field on it, so a new
     * setting is added here (and as a component) rather than in every wither.
     */
    private static final class Draft {
        private List<Profile> profiles;
        private String lastProfileId;
        private NetworkSettings network;
        private String locale;
        private Theme theme;
        private Boolean companyLookupEnabled;
        private Integer uploadConcurrency;
        private WebhookReceiverSettings webhookReceiver;
        private Boolean desktopNotifications;
        private String defaultCustomBaseUrl;
        private String teamDatabase;
        private WindowGeometry window;
        private String exportFolder;
        private TableLayout requestsTable;

        private Draft(Settings current) {
            profiles = current.profiles;
            lastProfileId = current.lastProfileId;
            network = current.network;
            locale = current.locale;
            theme = current.theme;
            companyLookupEnabled = current.companyLookupEnabled;
            uploadConcurrency = current.uploadConcurrency;
            webhookReceiver = current.webhookReceiver;
            desktopNotifications = current.desktopNotifications;
            defaultCustomBaseUrl = current.defaultCustomBaseUrl;
            teamDatabase = current.teamDatabase;
            window = current.window;
            exportFolder = current.exportFolder;
            requestsTable = current.requestsTable;
        }

        private Settings toSettings() {
            return new Settings(CURRENT_SCHEMA_VERSION, profiles, lastProfileId, network, locale, theme,
                    companyLookupEnabled, uploadConcurrency, webhookReceiver, desktopNotifications,
                    defaultCustomBaseUrl, teamDatabase, window, exportFolder, requestsTable);
        }
    }
}
