package io.xraydesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamDatabaseSettingTest {

    @Test
    void aLibpqAddressBecomesAJdbcUrlWithTheUserApart() {
        TeamDatabaseAddress address = TeamDatabaseAddress.parse(
                "postgresql://analyst@db.corp.example:6543/xraydesk?sslmode=verify-full");
        assertEquals("jdbc:postgresql://db.corp.example:6543/xraydesk?sslmode=verify-full", address.jdbcUrl());
        assertEquals("analyst", address.user());
        assertEquals("db.corp.example:6543/xraydesk", address.display());
    }

    @Test
    void aJdbcAddressKeepsItsParametersButTheUserAndGetsTheDefaultPort() {
        TeamDatabaseAddress address = TeamDatabaseAddress.parse(
                "jdbc:postgresql://db.corp.example/xraydesk?user=analyst&ssl=true");
        assertEquals("jdbc:postgresql://db.corp.example:5432/xraydesk?ssl=true", address.jdbcUrl());
        assertEquals("analyst", address.user());
        assertNull(TeamDatabaseAddress.parse("postgres://db/xraydesk").user());
    }

    @Test
    void anAddressHoldingAPasswordIsRefusedWithoutRepeatingIt() {
        for (String withSecret : new String[] {"postgresql://analyst:S3cr3t-pw@db/xraydesk",
                "jdbc:postgresql://db/xraydesk?user=analyst&password=S3cr3t-pw"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> TeamDatabaseAddress.parse(withSecret));
            assertFalse(refused.getMessage().contains("S3cr3t"), refused.getMessage());
            assertTrue(refused.getMessage().contains("XRAYDESK_TEAM_DB_PASSWORD"), refused.getMessage());
        }
    }

    @Test
    void otherDatabasesAndMissingPartsAreRefusedInWords() {
        assertThrows(IllegalArgumentException.class, () -> TeamDatabaseAddress.parse("jdbc:mysql://db/xraydesk"));
        assertThrows(IllegalArgumentException.class, () -> TeamDatabaseAddress.parse("postgresql://db"));
        assertThrows(IllegalArgumentException.class, () -> TeamDatabaseAddress.parse("postgresql:// db/x"));
    }

    @Test
    void theEnvironmentWinsOverTheSettingsAndNeitherMeansWorkingAlone() {
        Settings settings = Settings.DEFAULTS.withTeamDatabase("postgresql://alice@settings.corp/team");
        assertEquals("settings.corp:5432/team",
                TeamDatabaseSetting.address(Map.of(), settings).orElseThrow().display());
        assertEquals("env.corp:5432/team", TeamDatabaseSetting.address(
                Map.of(TeamDatabaseSetting.ADDRESS_VARIABLE, "jdbc:postgresql://env.corp/team"), settings)
                .orElseThrow().display());
        assertEquals(Optional.empty(), TeamDatabaseSetting.address(Map.of(), Settings.DEFAULTS));
    }

    @Test
    void thePasswordComesFromTheEnvironmentElseTheKeychain() {
        MemorySecretStore keychain = new MemorySecretStore();
        keychain.write(SecretKeys.TEAM_DB_PASSWORD, "from-keychain");
        assertEquals(Optional.of("from-env"), TeamDatabaseSetting.password(
                Map.of(TeamDatabaseSetting.PASSWORD_VARIABLE, "from-env"), () -> {
                    throw new AssertionError("the keychain is not opened when the environment has the password");
                }));
        assertEquals(Optional.of("from-keychain"), TeamDatabaseSetting.password(Map.of(), () -> keychain));
        assertEquals(Optional.empty(), TeamDatabaseSetting.password(Map.of(), MemorySecretStore::new));
    }
}
