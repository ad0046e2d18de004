package io.xraydesk.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets kept for this session only: the fallback when the system has no usable keychain. */
public final class MemorySecretStore implements SecretStore {

    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<String> read(String key) {
        return Optional.ofNullable(secrets.get(checkedKey(key)));
    }

    @Override
    public void write(String key, String secret) {
        if (secret == null) {
            throw new IllegalArgumentException("no secret given for " + checkedKey(key));
        }
        secrets.put(checkedKey(key), secret);
    }

    @Override
    public void delete(String key) {
        secrets.remove(checkedKey(key));
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public String description() {
        return "Memory (this session only)";
    }

    @Override
    public String toString() {
        return description();
    }

    static String checkedKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a secret key is required");
        }
        return key;
    }
}
