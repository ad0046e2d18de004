package io.xraydesk.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Receives an object's bytes for the S3 emulation and keeps what the API and the tests can see of
 * it: its size and SHA-256. The bytes themselves are not kept: nothing reads them back, and writing
 * them would fill the disk during a long demo, and compete with the client for the disk when a
 * benchmark sends gigabytes through the sandbox on the same machine.
 */
final class ObjectReceiver {

    private static final int CHUNK = 64 * 1024;

    /** Thrown when a stream exceeds the allowed size. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("object larger than allowed", null);
        }
    }

    private ObjectReceiver() {
    }

    /** Reads {@code in} to its end, refusing more than {@code maxBytes}. */
    static StoredObject receive(String key, InputStream in, long maxBytes) throws IOException {
        MessageDigest sha = sha256();
        long size = 0;
        byte[] chunk = new byte[CHUNK];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            size += n;
            if (size > maxBytes) {
                throw new TooLargeException();
            }
            sha.update(chunk, 0, n);
        }
        return new StoredObject(key, size, HexFormat.of().formatHex(sha.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
