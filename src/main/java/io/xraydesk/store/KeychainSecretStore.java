package io.xraydesk.store;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/**
 * Secrets in the operating system's keychain (macOS Keychain, Windows Credential Manager, Secret
 * Service on Linux), each stored under the service name {@value #SERVICE} with the key as account.
 */
public final class KeychainSecretStore implements SecretStore {

    public static final String SERVICE = "X-Ray Desk";

    private final Keyring keyring;

    private KeychainSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /** Connects to the system keychain; may block on a stuck D-Bus, so {@link SecretStores} bounds it. */
    public static KeychainSecretStore open() throws BackendNotSupportedException {
        return new KeychainSecretStore(Keyring.create());
    }

    @Override
    public Optional<String> read(String key) {
        String account = MemorySecretStore.checkedKey(key);
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account));
        } catch (PasswordAccessException e) {
            // The library reports "no such entry" and "could not read" alike. Treating both as absent is
            // the safe reading: a missing token only means the user signs in again.
            return Optional.empty();
        } catch (RuntimeException e) {
            throw new SecretStoreException("Could not read " + account + " from the keychain: " + e.getMessage(), e);
        }
    }

    @Override
    public void write(String key, String secret) {
        String account = MemorySecretStore.checkedKey(key);
        if (secret == null) {
            throw new IllegalArgumentException("no secret given for " + account);
        }
        try {
            keyring.setPassword(SERVICE, account, secret);
        } catch (PasswordAccessException | RuntimeException e) {
            // Neither the cause nor its message is kept: a native layer could echo what it was given.
            throw new SecretStoreException("Could not save " + account + " in the keychain ("
                    + e.getClass().getSimpleName() + ")", null);
        }
    }

    @Override
    public void delete(String key) {
        String account = MemorySecretStore.checkedKey(key);
        if (read(account).isEmpty()) {
            return;
        }
        try {
            keyring.deletePassword(SERVICE, account);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new SecretStoreException("Could not delete " + account + " from the keychain: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public String description() {
        return "System keychain (" + keyring.getKeyringStorageType() + ")";
    }

    @Override
    public void close() {
        try {
            keyring.close();
        } catch (Exception e) {
            // Closing at exit: a connection that will not close is dropped with the process anyway.
            throw new SecretStoreException("Could not close the keychain connection: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return description();
    }
}
