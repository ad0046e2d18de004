package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Against the real keychain of the machine running the tests. Skipped, with the reason, where none
 * works (e.g. a headless Linux without Secret Service); see TOOLCHAIN.md for running it under
 * gnome-keyring.
 */
class KeychainSecretStoreTest {

    @Test
    void secretRoundTripsThroughTheSystemKeychain() {
        SecretStoreChoice choice = SecretStores.open();
        assumeTrue(choice.store().persistent(),
                () -> "no working system keychain here: " + choice.whyNotPersistent().orElse("unknown"));
        SecretStore keychain = choice.store();
        String key = SecretKeys.token("test-" + UUID.randomUUID());
        try {
            keychain.write(key, "secret-value");
            assertEquals(Optional.of("secret-value"), keychain.read(key));
            keychain.write(key, "second-value");
            assertEquals(Optional.of("second-value"), keychain.read(key));
        } finally {
            keychain.delete(key);
        }
        assertEquals(Optional.empty(), keychain.read(key));
        assertTrue(keychain.description().startsWith("System keychain"));
    }
}
