package io.xraydesk.bench;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.Environment;
import io.xraydesk.store.Profile;
import io.xraydesk.store.SecretKeys;
import io.xraydesk.store.SecretStore;
import io.xraydesk.store.SecretStoreChoice;
import io.xraydesk.store.SecretStores;
import io.xraydesk.store.Settings;
import io.xraydesk.store.SettingsStore;

/**
 * Prepares the data folder named by XRAYDESK_HOME for the dashboard start-up case: the sandbox's demo
 * profile saved as the last one used, its token remembered in the system keychain, as if the analyst
 * had signed in once with "Remember me". Compiled against the app's jar and run with its classes, so
 * it writes exactly what the app would. Fails when the keychain is not persistent: without it the
 * app would not sign in at start.
 *
 * Usage: RememberSandboxProfile &lt;userId&gt; &lt;token&gt; &lt;businessId&gt;
 */
public final class RememberSandboxProfile {

    private RememberSandboxProfile() {
    }

    public static void main(String[] args) throws Exception {
        SecretStoreChoice secrets = SecretStores.open();
        if (secrets.whyNotPersistent().isPresent()) {
            throw new IllegalStateException("no persistent keychain: " + secrets.whyNotPersistent().get());
        }
        SettingsStore store = SettingsStore.forApp(AppPaths.fromEnvironment());
        Settings settings = store.load().settings();
        Profile profile = new Profile("bench-sandbox", "Sandbox (benchmark)", Environment.SANDBOX, null, args[0],
                ApiCredentials.DEFAULT_VERSION, args[2], true);
        try (SecretStore keychain = secrets.store()) {
            keychain.write(SecretKeys.token(profile.id()), args[1]);
        }
        store.save(settings.withProfile(profile).withLastProfileId(profile.id()));
    }
}
