package io.xraydesk.api.log;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;

/**
 * Masks secrets in any text bound for a log or a message: values of {@code sessionToken} /
 * {@code userId} (as headers, JSON fields or query parameters), S3 signatures and security tokens,
 * and every string registered with {@link #registerSecret}. The registered strings are the
 * guarantee: whatever shape the text has, a registered token is replaced.
 */
public final class Redactor {

    public static final String MASK = "***";

    /** Shorter strings would mask ordinary words; no real token is that short. */
    private static final int MIN_SECRET_LENGTH = 6;

    private static final Set<String> SECRETS = new CopyOnWriteArraySet<>();

    /** {@code name: value}, {@code "name":"value"}, {@code name=value} for the sensitive names. */
    private static final Pattern NAMED_VALUE = Pattern.compile(
            "(?i)(\"?(?:sessionToken|userId|x-amz-signature|x-amz-security-token|x-amz-credential)\"?"
                    + "\\s*[:=]\\s*\"?)([^\"\\s,;&}]+)");

    /** A multipart part {@code name="x-amz-signature"} followed by its value after the blank line. */
    private static final Pattern FORM_PART = Pattern.compile(
            "(?i)(name=\"(?:x-amz-signature|x-amz-security-token|x-amz-credential|policy)\"\\s+)(\\S+)");

    private Redactor() {
    }

    /** Registers a secret (a token, a user id) so it is masked wherever it appears. */
    public static void registerSecret(String secret) {
        if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
            SECRETS.add(secret);
        }
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : SECRETS) {
            result = result.replace(secret, MASK);
        }
        result = NAMED_VALUE.matcher(result).replaceAll("$1" + MASK);
        return FORM_PART.matcher(result).replaceAll("$1" + MASK);
    }
}
