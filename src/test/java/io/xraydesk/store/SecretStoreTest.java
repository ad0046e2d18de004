package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javakeyring.BackendNotSupportedException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SecretStoreTest {

    private final SecretStore store = new MemorySecretStore();

    @Test
    void writesReadsOverwritesAndDeletes() {
        String key = SecretKeys.token("profile-1");
        assertEquals(Optional.empty(), store.read(key));
        store.write(key, "tok-1");
        store.write(SecretKeys.PROXY_PASSWORD, "pw");
        assertEquals(Optional.of("tok-1"), store.read(key));
        store.write(key, "tok-2");
        assertEquals(Optional.of("tok-2"), store.read(key));
        store.delete(key);
        assertEquals(Optional.empty(), store.read(key));
        store.delete(key);
        assertEquals(Optional.of("pw"), store.read(SecretKeys.PROXY_PASSWORD), "other keys untouched");
    }

    @Test
    void memoryStoreSaysItIsNotPersistentAndNeverShowsSecrets() {
        store.write("k", "s3cr3t-value");
        assertFalse(store.persistent());
        assertFalse(store.toString().contains("s3cr3t-value"));
        assertFalse(store.description().isBlank());
    }

    @Test
    void badKeysAndValuesAreRefusedClearly() {
        assertEquals("token:p", SecretKeys.token("p"));
        assertThrows(IllegalArgumentException.class, () -> SecretKeys.token(" "));
        assertThrows(IllegalArgumentException.class, () -> store.write("", "x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.write("k", null));
        assertTrue(e.getMessage().contains("k"));
    }

    @Test
    void workingKeychainIsChosen() {
        SecretStore keychain = new MemorySecretStore();
        SecretStoreChoice choice = SecretStores.open(() -> keychain, Duration.ofSeconds(5));
        assertSame(keychain, choice.store());
        assertEquals(Optional.empty(), choice.whyNotPersistent());
    }

    @Test
    void unsupportedKeychainFallsBackToMemoryWithTheReason() {
        SecretStoreChoice choice = SecretStores.open(() -> {
            throw new BackendNotSupportedException("No backend found");
        }, Duration.ofSeconds(5));
        assertFalse(choice.store().persistent());
        assertTrue(choice.whyNotPersistent().orElseThrow().contains("No backend found"));
    }

    @Test
    void hangingKeychainFallsBackAfterTheTimeout() {
        CountDownLatch never = new CountDownLatch(1);
        long start = System.nanoTime();
        SecretStoreChoice choice = SecretStores.open(() -> {
            never.await();
            return new MemorySecretStore();
        }, Duration.ofMillis(300));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertFalse(choice.store().persistent());
        assertTrue(choice.whyNotPersistent().orElseThrow().contains("did not answer"));
        assertTrue(took.toMillis() < 3000, "waited " + took);
    }

    @Test
    void aKeychainAnsweringAfterTheTimeoutIsClosedAtOnce() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        MemorySecretStore memory = new MemorySecretStore();
        SecretStore late = new SecretStore() {
            @Override
            public Optional<String> read(String key) {
                return memory.read(key);
            }

            @Override
            public void write(String key, String secret) {
                memory.write(key, secret);
            }

            @Override
            public void delete(String key) {
                memory.delete(key);
            }

            @Override
            public boolean persistent() {
                return true;
            }

            @Override
            public String description() {
                return "a keychain that answers late";
            }

            @Override
            public void close() {
                closed.countDown();
            }
        };
        SecretStores.open(() -> {
            // Deaf to the interrupt, as a native call in a D-Bus library is.
            long answersAt = System.nanoTime() + Duration.ofMillis(500).toNanos();
            while (System.nanoTime() < answersAt) {
                Thread.onSpinWait();
            }
            return late;
        }, Duration.ofMillis(100));
        assertTrue(closed.await(5, TimeUnit.SECONDS), "the late keychain was closed");
    }
}
