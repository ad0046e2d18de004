package io.xraydesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the user can set, as one immutable value; change it with the {@code withX} helpers and
 * save it with {@link SettingsStore#save(Settings)}. Missing values fall back to defaults in the
 * compact constructor, so a partial file (or a preset file written by hand) always yields a complete
 * value.
 *
 * @param locale language tag of the chosen language, null to follow the operating system
 * @param companyLookupEnabled null means "the environment's default": see {@link #companyLookupEnabled(Environment)}
 * @param defaultCustomBaseUrl the base URL offered when creating a CUSTOM profile (an IT preset), or null
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
        WebhookReceiver webhookReceiver,
        Boolean desktopNotifications,
        String defaultCustomBaseUrl) {

    public static final int CURRENT_SCHEMA_VERSION = 1;
    public static final int DEFAULT_UPLOAD_CONCURRENCY = 3;

    public static final Settings DEFAULTS = new Settings(CURRENT_SCHEMA_VERSION, List.of(), null,
            NetworkSettings.DEFAULT, null, Theme.SYSTEM, null, DEFAULT_UPLOAD_CONCURRENCY, WebhookReceiver.DEFAULT,
            true, null);

    public Settings {
        // A value in memory is always at the current layout: older files are migrated before binding.
        schemaVersion = CURRENT_SCHEMA_VERSION;
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        network = network == null ? NetworkSettings.DEFAULT : network;
        theme = theme == null ? Theme.SYSTEM : theme;
        uploadConcurrency = uploadConcurrency == null || uploadConcurrency < 1
                ? DEFAULT_UPLOAD_CONCURRENCY : uploadConcurrency;
        webhookReceiver = webhookReceiver == null ? WebhookReceiver.DEFAULT : webhookReceiver;
        desktopNotifications = desktopNotifications == null || desktopNotifications;
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
        return new Settings(schemaVersion, value, lastProfileId, network, locale, theme, companyLookupEnabled,
                uploadConcurrency, webhookReceiver, desktopNotifications, defaultCustomBaseUrl);
    }

    public Settings withLastProfileId(String value) {
        return new Settings(schemaVersion, profiles, value, network, locale, theme, companyLookupEnabled,
                uploadConcurrency, webhookReceiver, desktopNotifications, defaultCustomBaseUrl);
    }

    public Settings withNetwork(NetworkSettings value) {
        return new Settings(schemaVersion, profiles, lastProfileId, value, locale, theme, companyLookupEnabled,
                uploadConcurrency, webhookReceiver, desktopNotifications, defaultCustomBaseUrl);
    }

    public Settings withLocale(String value) {
        return new Settings(schemaVersion, profiles, lastProfileId, network, value, theme, companyLookupEnabled,
                uploadConcurrency, webhookReceiver, desktopNotifications, defaultCustomBaseUrl);
    }

    public Settings withTheme(Theme value) {
        return new Settings(schemaVersion, profiles, lastProfileId, network, locale, value, companyLookupEnabled,
                uploadConcurrency, webhookReceiver, desktopNotifications, defaultCustomBaseUrl);
    }

    public Settings withCompanyLookupEnabled(Boolean value) {
        return new Settings(schemaVersion, profiles, lastProfileId, network, locale, theme, value,
                uploadConcurrency, webhookReceiver, desktopNotifications, defaultCustomBaseUrl);
    }

    public Settings withUploadConcurrency(int value) {
        return new Settings(schemaVersion, profiles, lastProfileId, network, locale, theme, companyLookupEnabled,
                value, webhookReceiver, desktopNotifications, defaultCustomBaseUrl);
    }

    public Settings withWebhookReceiver(WebhookReceiver value) {
        return new Settings(schemaVersion, profiles, lastProfileId, network, locale, theme, companyLookupEnabled,
                uploadConcurrency, value, desktopNotifications, defaultCustomBaseUrl);
    }

    public Settings withDesktopNotifications(boolean value) {
        return new Settings(schemaVersion, profiles, lastProfileId, network, locale, theme, companyLookupEnabled,
                uploadConcurrency, webhookReceiver, value, defaultCustomBaseUrl);
    }

    public Settings withDefaultCustomBaseUrl(String value) {
        return new Settings(schemaVersion, profiles, lastProfileId, network, locale, theme, companyLookupEnabled,
                uploadConcurrency, webhookReceiver, desktopNotifications, value);
    }
}
