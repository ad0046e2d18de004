package io.xraydesk.store;

/** The names secrets are stored under. */
public final class SecretKeys {

    public static final String PROXY_PASSWORD = "proxy-password";
    /** The password of the team database's role (docs/team.md). */
    public static final String TEAM_DB_PASSWORD = "team-db-password";

    private SecretKeys() {
    }

    /** The remembered session token of one profile. */
    public static String token(String profileId) {
        if (profileId == null || profileId.isBlank()) {
            throw new IllegalArgumentException("a profile id is required");
        }
        return "token:" + profileId;
    }
}
