package io.xraydesk.api;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Who calls the API and where: base URL, the {@code userId} / {@code sessionToken} pair minted in the
 * October web app, and the pinned {@code October-Version} (docs/october-api.md, Authentication). {@link #toString()}
 * masks both identifiers.
 *
 * <p>The base URL must be HTTPS; plain HTTP is accepted only on loopback (the embedded sandbox),
 * because the token would otherwise cross the network in clear.
 */
public record ApiCredentials(URI baseUrl, String userId, String sessionToken, String octoberVersion) {

    /** The most recent documented version (docs/october-api.md, Environments and versions). */
    public static final String DEFAULT_VERSION = "2024-01-25";

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public ApiCredentials {
        Objects.requireNonNull(baseUrl, "baseUrl");
        requireHeaderValue(userId, "userId");
        requireHeaderValue(sessionToken, "sessionToken");
        requireHeaderValue(octoberVersion, "octoberVersion");
        if (!octoberVersion.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalArgumentException("octoberVersion must be a date YYYY-MM-DD, was " + octoberVersion);
        }
        checkBaseUrl(baseUrl);
    }

    /** Credentials pinned to {@link #DEFAULT_VERSION}. */
    public static ApiCredentials of(URI baseUrl, String userId, String sessionToken) {
        return new ApiCredentials(baseUrl, userId, sessionToken, DEFAULT_VERSION);
    }

    @Override
    public String toString() {
        return "ApiCredentials[baseUrl=" + baseUrl + ", userId=***, sessionToken=***, octoberVersion="
                + octoberVersion + "]";
    }

    private static void requireHeaderValue(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            // Never echo the value: it may be the token.
            throw new IllegalArgumentException(name + " contains a control character (a pasted line break?)");
        }
    }

    private static void checkBaseUrl(URI baseUrl) {
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        if (baseUrl.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException("base URL must be an https:// address, was " + baseUrl);
        }
        if (scheme.equals("http") && !LOOPBACK_HOSTS.contains(baseUrl.getHost().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(
                    "base URL must use https:// (plain http is only allowed on this computer), was " + baseUrl);
        }
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("base URL must not have a query or fragment, was " + baseUrl);
        }
    }
}
