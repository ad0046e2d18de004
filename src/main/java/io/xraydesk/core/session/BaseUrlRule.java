package io.xraydesk.core.session;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a Custom base URL as typed: https anywhere, plain http only to this computer (the same
 * rule {@code ApiCredentials} enforces, checked here first so the form can say why next to the field).
 */
public final class BaseUrlRule {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private BaseUrlRule() {
    }

    public static Optional<BaseUrlProblem> check(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Optional.of(BaseUrlProblem.EMPTY);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException notAUrl) {
            return Optional.of(BaseUrlProblem.NOT_A_URL);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of(BaseUrlProblem.NOT_A_URL);
        }
        if (scheme.equals("http") && !LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))) {
            return Optional.of(BaseUrlProblem.PLAIN_HTTP_REMOTE);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of(BaseUrlProblem.QUERY_OR_FRAGMENT);
        }
        return Optional.empty();
    }

    /** The URL without a trailing slash; call only once {@link #check} found nothing wrong. */
    public static URI parse(String typed) {
        String text = typed.strip();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
