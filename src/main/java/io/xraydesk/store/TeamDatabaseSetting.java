package io.xraydesk.store;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether this workstation works in a team, and how it reaches the team database: the address from
 * {@value #ADDRESS_VARIABLE} (the command line's way) or else the settings' {@link Settings#teamDatabase()},
 * and the role's password from {@value #PASSWORD_VARIABLE} or else the keychain ({@link
 * SecretKeys#TEAM_DB_PASSWORD}). docs/team.md says how an IT department hands these out.
 */
public final class TeamDatabaseSetting {

    public static final String ADDRESS_VARIABLE = "XRAYDESK_TEAM_DB";
    public static final String PASSWORD_VARIABLE = "XRAYDESK_TEAM_DB_PASSWORD";

    private TeamDatabaseSetting() {
    }

    /** The team database's address, empty when this workstation works alone. */
    public static Optional<TeamDatabaseAddress> address(Map<String, String> env, Settings settings) {
        String text = env.get(ADDRESS_VARIABLE);
        if (text == null || text.isBlank()) {
            text = settings.teamDatabase();
        }
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(TeamDatabaseAddress.parse(text));
    }

    /**
     * The role's password, empty when none is set (the server may then accept the role without one, as
     * with a client certificate). The keychain is only opened when the environment has no password.
     */
    public static Optional<String> password(Map<String, String> env, Supplier<SecretStore> keychain) {
        String fromEnvironment = env.get(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment);
        }
        return keychain.get().read(SecretKeys.TEAM_DB_PASSWORD);
    }
}
