package io.xraydesk.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The fingerprint of uploaded files: SHA-256, which every Java runtime provides. */
public final class Sha256 {

    private Sha256() {
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
