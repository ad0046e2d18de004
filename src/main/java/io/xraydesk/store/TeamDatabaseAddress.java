package io.xraydesk.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the team database is, as set in the settings or {@code XRAYDESK_TEAM_DB}: a JDBC URL
 * ({@code jdbc:postgresql://host:5432/xraydesk?user=analyst}) or a libpq one
 * ({@code postgresql://analyst@host:5432/xraydesk?sslmode=verify-full}). The password is never part
 * of it: it comes from the keychain or {@code XRAYDESK_TEAM_DB_PASSWORD}, so an address can be shown,
 * logged and copied into a ticket safely; an address that carries one is refused.
 *
 * @param jdbcUrl what the driver connects to, without user or password
 * @param user the database role, or null to let the driver take the system user's name
 * @param display host, port and database, for messages
 */
public record TeamDatabaseAddress(String jdbcUrl, String user, String display) {

    private static final String JDBC_PREFIX = "jdbc:";
    private static final int DEFAULT_PORT = 5432;

    /** Reads an address; the message of the exception never repeats the text, which may hold a secret. */
    public static TeamDatabaseAddress parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        String withoutJdbc = trimmed.regionMatches(true, 0, JDBC_PREFIX, 0, JDBC_PREFIX.length())
                ? trimmed.substring(JDBC_PREFIX.length()) : trimmed;
        URI uri;
        try {
            uri = new URI(withoutJdbc);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("The team database address is not a URL", null);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
            throw new IllegalArgumentException(
                    "The team database address must start with jdbc:postgresql:// or postgresql://");
        }
        if (uri.getHost() == null || uri.getRawPath() == null || uri.getRawPath().length() < 2) {
            throw new IllegalArgumentException("The team database address needs a host and a database name");
        }
        String userInfo = uri.getRawUserInfo();
        if ((userInfo != null && userInfo.contains(":")) || queryParameter(uri, "password").isPresent()) {
            throw new IllegalArgumentException("The team database address must not hold the password: keep it in "
                    + "the keychain or XRAYDESK_TEAM_DB_PASSWORD");
        }
        String user = userInfo != null ? uri.getUserInfo() : queryParameter(uri, "user").orElse(null);
        int port = uri.getPort() > 0 ? uri.getPort() : DEFAULT_PORT;
        String query = withoutUser(uri.getRawQuery());
        String display = uri.getHost() + ":" + port + uri.getRawPath();
        String jdbc = "jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath()
                + (query.isEmpty() ? "" : "?" + query);
        return new TeamDatabaseAddress(jdbc, user, display);
    }

    private static Optional<String> queryParameter(URI uri, String name) {
        String query = uri.getQuery();
        if (query == null) {
            return Optional.empty();
        }
        return Arrays.stream(query.split("&")).filter(p -> p.startsWith(name + "="))
                .map(p -> p.substring(name.length() + 1)).findFirst();
    }

    /** The user goes to the driver as a property of its own, beside the password. */
    private static String withoutUser(String rawQuery) {
        if (rawQuery == null) {
            return "";
        }
        return String.join("&", Arrays.stream(rawQuery.split("&")).filter(p -> !p.isEmpty() && !p.startsWith("user="))
                .toList());
    }

    @Override
    public String toString() {
        return display;
    }
}
