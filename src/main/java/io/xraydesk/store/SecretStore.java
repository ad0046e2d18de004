package io.xraydesk.store;

import java.util.Optional;

/**
 * Where session tokens and the proxy password are kept, by key ({@link SecretKeys}). Failures are
 * {@link SecretStoreException}s whose messages never contain a secret.
 */
public interface SecretStore extends AutoCloseable {

    Optional<String> read(String key);

    void write(String key, String secret);

    /** Removes the secret; nothing happens if there is none. */
    void delete(String key);

    /** Whether secrets survive the app being closed. */
    boolean persistent();

    /** What this store is, for the settings screen and the log (e.g. "System keychain (FREEDESKTOP)"). */
    String description();

    /**
     * Lets go of the keychain's connection: on Linux its D-Bus connection runs threads that would
     * otherwise keep the process alive after the window closes. Nothing to release by default.
     */
    @Override
    default void close() {
    }
}
