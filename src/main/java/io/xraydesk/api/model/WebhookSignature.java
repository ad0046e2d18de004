package io.xraydesk.api.model;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature scheme, shared by the sandbox (which signs deliveries) and the app's
 * receiver (which verifies them). The scheme is undocumented (docs/october-api.md, Webhooks, open question OQ-22);
 * inferred choice: header {@value #HEADER} carrying {@code sha256=<lowercase hex HMAC-SHA256 of the raw body, keyed
 * with the webhook key>}. Verification compares in constant time so timing leaks nothing.
 */
public final class WebhookSignature {

    /** Name of the HTTP header that carries the signature. */
    public static final String HEADER = "X-October-Signature";

    private static final String PREFIX = "sha256=";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** Returns the header value for {@code rawBody}: {@code sha256=<hex>}. */
    public static String sign(byte[] rawBody, String key) {
        return PREFIX + hex(hmac(rawBody, key));
    }

    /** True when {@code headerValue} is the signature of {@code rawBody} under {@code key}. */
    public static boolean verify(byte[] rawBody, String key, String headerValue) {
        if (rawBody == null || key == null || headerValue == null) {
            return false;
        }
        byte[] expected = sign(rawBody, key).getBytes(StandardCharsets.US_ASCII);
        byte[] given = headerValue.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private static byte[] hmac(byte[] body, String key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // HmacSHA256 is mandatory on every Java platform; a failure here is a broken JDK.
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }
}
