package io.xraydesk.sandbox;

import java.security.SecureRandom;
import java.util.HexFormat;

/** 24-hex ids shaped like the API's (MongoDB ObjectIds, docs/october-api.md, Conventions) and random secrets. */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    static String objectId() {
        return randomHex(12);
    }

    static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    static boolean isObjectId(String s) {
        return s != null && s.matches("[0-9a-f]{24}");
    }
}
