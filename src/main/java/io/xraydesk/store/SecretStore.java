package io.xraydesk.store;

import java.util.Optional;

/**
 * Where session tokens and the proxy password are kept, by key ({@link SecretKeys}). Failures are
 * {@link SecretStoreException}s whose messages never contain a secret.
 */
public interface SecretStore {

    Optional<String> read(String key);

    void write(String key, String secret);

    /** Removes the secret; nothing happens if there is none. */
    void delete(String key);

    /** Whether secrets survive the app being closed. */
    boolean persistent();

    /** What this store is, for the settings screen and the log (e.g. "System keychain (FREEDESKTOP)"). */
    String description();
}
