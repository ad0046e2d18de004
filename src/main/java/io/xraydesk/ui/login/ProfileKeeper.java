package io.xraydesk.ui.login;

import io.xraydesk.store.Profile;
import io.xraydesk.store.SecretKeys;
import io.xraydesk.store.SecretStore;
import io.xraydesk.store.Settings;
import io.xraydesk.ui.context.AppServices;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Saves and removes profiles: their fields in the settings file, their token in the secret store
 * (never in the file). Every method blocks on disk or keychain: call off the FX thread, then publish
 * the returned settings with {@link AppServices#publishSettings} on the FX thread.
 */
public final class ProfileKeeper {

    private final AppServices services;

    public ProfileKeeper(AppServices services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    /** Keeps the profile as the last used; its token is remembered or forgotten as the profile says. */
    public Settings remember(Settings current, Profile profile, String token) throws IOException {
        SecretStore secrets = services.secrets().store();
        if (profile.rememberToken()) {
            secrets.write(SecretKeys.token(profile.id()), token);
        } else {
            secrets.delete(SecretKeys.token(profile.id()));
        }
        Settings updated = current.withProfile(profile).withLastProfileId(profile.id());
        services.saveSettings(updated);
        return updated;
    }

    /** The token remembered for the profile, if any. */
    public Optional<String> rememberedToken(Profile profile) {
        return profile.rememberToken() ? services.secrets().store().read(SecretKeys.token(profile.id()))
                : Optional.empty();
    }

    /** Forgets the remembered token; the profile's other fields stay. */
    public Settings forgetToken(Settings current, Profile profile) throws IOException {
        services.secrets().store().delete(SecretKeys.token(profile.id()));
        Profile withoutToken = new Profile(profile.id(), profile.displayName(), profile.environment(),
                profile.baseUrl(), profile.userId(), profile.octoberVersion(), profile.businessId(), false);
        Settings updated = current.withProfile(withoutToken);
        services.saveSettings(updated);
        return updated;
    }

    /** Removes the profile and its token. */
    public Settings delete(Settings current, Profile profile) throws IOException {
        services.secrets().store().delete(SecretKeys.token(profile.id()));
        Settings updated = current.withoutProfile(profile.id());
        services.saveSettings(updated);
        return updated;
    }
}
