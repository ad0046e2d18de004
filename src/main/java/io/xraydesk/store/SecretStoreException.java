package io.xraydesk.store;

/** A secret could not be read, written or deleted. The message names the key, never the secret. */
public final class SecretStoreException extends RuntimeException {

    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
