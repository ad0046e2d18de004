package io.xraydesk.core.team;

import io.xraydesk.store.SecretStore;
import io.xraydesk.store.Settings;
import io.xraydesk.store.TeamDatabaseAddress;
import io.xraydesk.store.TeamDatabaseSetting;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How this desktop reaches its team database (docs/team.md, "Connect a workstation"): the address of
 * {@code XRAYDESK_TEAM_DB} or the settings, and the password, read only when connecting ({@code
 * XRAYDESK_TEAM_DB_PASSWORD} or the keychain, which may be slow to answer). The password is never kept here.
 */
public record TeamAccess(TeamDatabaseAddress address, Supplier<Optional<String>> password) {

    public TeamAccess {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(password, "password");
    }

    /** Empty when this desktop works alone; an address that cannot be read is the settings' problem, said there. */
    public static Optional<TeamAccess> of(Map<String, String> env, Settings settings, Supplier<SecretStore> keychain) {
        Optional<TeamDatabaseAddress> address;
        try {
            address = TeamDatabaseSetting.address(env, settings);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        return address.map(a -> new TeamAccess(a, () -> TeamDatabaseSetting.password(env, keychain)));
    }

    @Override
    public String toString() {
        return "TeamAccess[" + address + "]";
    }
}
