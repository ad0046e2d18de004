package io.xraydesk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xraydesk.api.model.WireJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks upload authorisations the way S3 presigned POST policies work: the policy is a
 * base64 JSON document of an expiry and conditions, signed with HMAC-SHA256 under a secret only this
 * sandbox knows (random per instance). Simplified from AWS SigV4 — the signing key is the secret
 * itself — because only the sandbox verifies it.
 */
final class S3Signer {

    static final String BUCKET = "xraydesk-sandbox";
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final String ACCESS_KEY = "SANDBOXACCESSKEY";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** What a valid policy allows. */
    record Policy(Instant expiration, String key, long minSize, long maxSize, String contentType) {
    }

    private final byte[] secret = Ids.randomHex(32).getBytes(StandardCharsets.US_ASCII);

    /** The form fields, in the order S3 documents them. */
    LinkedHashMap<String, String> formFields(String key, String contentType, long maxSize, Instant expiration) {
        ObjectNode policy = WireJson.mapper().createObjectNode();
        policy.put("expiration", expiration.toString());
        ArrayNode conditions = policy.putArray("conditions");
        conditions.addObject().put("bucket", BUCKET);
        conditions.addArray().add("eq").add("$key").add(key);
        conditions.addArray().add("content-length-range").add(1).add(maxSize);
        conditions.addArray().add("eq").add("$Content-Type").add(contentType);
        String encoded;
        try {
            encoded = Base64.getEncoder().encodeToString(WireJson.mapper().writeValueAsBytes(policy));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a policy", e);
        }
        Instant now = Instant.now();
        LinkedHashMap<String, String> fields = new LinkedHashMap<>();
        fields.put("key", key);
        fields.put("Content-Type", contentType);
        fields.put("policy", encoded);
        fields.put("x-amz-algorithm", ALGORITHM);
        fields.put("x-amz-credential", ACCESS_KEY + "/" + AMZ_DATE.format(now).substring(0, 8)
                + "/eu-west-3/s3/aws4_request");
        fields.put("x-amz-date", AMZ_DATE.format(now));
        fields.put("x-amz-signature", sign(encoded));
        return fields;
    }

    String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    boolean signatureMatches(String text, String signature) {
        return signature != null && MessageDigest.isEqual(sign(text).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** Decodes a policy this signer wrote; null when it is not one. */
    static Policy decode(String base64) {
        try {
            JsonNode root = WireJson.mapper().readTree(Base64.getDecoder().decode(base64));
            Instant expiration = Instant.parse(root.path("expiration").asText());
            String key = null;
            String contentType = null;
            long min = 0;
            long max = Long.MAX_VALUE;
            for (JsonNode c : root.path("conditions")) {
                if (c.isArray() && "eq".equals(c.path(0).asText()) && "$key".equals(c.path(1).asText())) {
                    key = c.path(2).asText();
                } else if (c.isArray() && "eq".equals(c.path(0).asText())
                        && "$Content-Type".equals(c.path(1).asText())) {
                    contentType = c.path(2).asText();
                } else if (c.isArray() && "content-length-range".equals(c.path(0).asText())) {
                    min = c.path(1).asLong();
                    max = c.path(2).asLong();
                }
            }
            return new Policy(expiration, key, min, max, contentType);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Text signed for a presigned PUT URL: method, path, expiry, content type and size limit. */
    static String putStringToSign(String key, long expiresEpochSecond, String contentType, long maxSize) {
        return "PUT\n/" + BUCKET + "/" + key + "\n" + expiresEpochSecond + "\n" + contentType + "\n" + maxSize;
    }
}
