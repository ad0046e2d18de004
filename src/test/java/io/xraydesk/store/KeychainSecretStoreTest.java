package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Against the real keychain of the machine running the tests. Skipped, with the reason, where none
 * works (e.g. a headless Linux without Secret Service), unless {@value #REQUIRED_VARIABLE}=1 says a
 * keychain was set up for it: then a missing keychain fails the test, so CI cannot pass by skipping.
 * See .ci/run for running it under gnome-keyring.
 */
class KeychainSecretStoreTest {

    static final String REQUIRED_VARIABLE = "XRAYDESK_KEYCHAIN_REQUIRED";

    @Test
    void secretRoundTripsThroughTheSystemKeychain() {
        SecretStoreChoice choice = SecretStores.open();
        if (!choice.store().persistent()) {
            String why = "no working system keychain here: " + choice.whyNotPersistent().orElse("unknown");
            if ("1".equals(System.getenv(REQUIRED_VARIABLE))) {
                fail(why + " (" + REQUIRED_VARIABLE + "=1)");
            }
            assumeTrue(false, why);
        }
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
