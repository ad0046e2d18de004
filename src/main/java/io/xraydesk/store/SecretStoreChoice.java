package io.xraydesk.store;

import java.util.Objects;
import java.util.Optional;

/**
 * The secret store to use, and, when it is the session-only fallback, why the keychain could not be
 * used (to tell the user that "remember me" will not survive a restart).
 */
public record SecretStoreChoice(SecretStore store, Optional<String> whyNotPersistent) {

    public SecretStoreChoice {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(whyNotPersistent, "whyNotPersistent");
    }
}
