package io.xraydesk.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The relay's systemd unit (docs/team.md, "4. Run the relay") runs it unprivileged, on loopback, with
 * its secrets only in the EnvironmentFile; the example of that file holds no secret; and systemd
 * itself finds nothing wrong with the unit where it is installed.
 */
class RelayServiceUnitTest {

    private static final Path UNIT = Path.of("packaging/linux/xraydesk-relay.service");
    private static final Path ENVIRONMENT_EXAMPLE = Path.of("packaging/linux/xraydesk-relay.env.example");

    @Test
    void theUnitRunsTheRelayUnprivilegedOnLoopbackWithItsSecretsInTheEnvironmentFile() throws IOException {
        String unit = Files.readString(UNIT, StandardCharsets.UTF_8);
        assertTrue(unit.contains("\nDynamicUser=yes\n"), "an account of its own, created by systemd");
        assertFalse(Pattern.compile("(?m)^User=root$").matcher(unit).find());
        assertTrue(unit.contains("\nNoNewPrivileges=yes\n"));
        assertTrue(unit.contains("\nEnvironmentFile=/etc/xraydesk/relay.env\n"));
        assertTrue(unit.contains("/opt/xray-desk/bin/XRayDesk relay --listen 127.0.0.1:"), "the proxy is the only way in");
        assertTrue(unit.contains("\nSuccessExitStatus=143\n"), "SIGTERM's exit is a clean stop");
        assertFalse(Pattern.compile("(?im)^Environment=.*(TOKEN|PASSWORD)").matcher(unit).find(),
                "no secret in the unit, which any user can read");
    }

    @Test
    void theEnvironmentExampleNamesEverySecretAndHoldsNone() throws IOException {
        List<String> settings = Files.readAllLines(ENVIRONMENT_EXAMPLE, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        List<String> names = settings.stream().map(line -> line.substring(0, line.indexOf('='))).toList();
        assertEquals(List.of("OCTOBER_BASE_URL", "OCTOBER_USER_ID", "OCTOBER_SESSION_TOKEN", "OCTOBER_BUSINESS_ID",
                "XRAYDESK_RELAY_PUBLIC_URL", "XRAYDESK_TEAM_DB", "XRAYDESK_TEAM_DB_PASSWORD"), names);
        for (String secret : List.of("OCTOBER_SESSION_TOKEN=", "XRAYDESK_TEAM_DB_PASSWORD=", "OCTOBER_USER_ID=")) {
            String value = settings.stream().filter(line -> line.startsWith(secret)).findFirst().orElseThrow()
                    .substring(secret.length());
            assertTrue(value.startsWith("<") && value.endsWith(">"), secret + " is a placeholder, was " + value);
        }
    }

    @Test
    void systemdFindsNothingWrongWithTheUnit() throws Exception {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        assumeTrue(Files.isExecutable(analyze), "systemd-analyze is not installed here");
        Process verify = new ProcessBuilder(analyze.toString(), "verify", UNIT.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String said = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(verify.waitFor(60, TimeUnit.SECONDS), "systemd-analyze did not finish");
        // Only the installed program may be missing here: the package puts it in /opt/xray-desk.
        List<String> complaints = said.lines().filter(line -> !line.isBlank())
                .filter(line -> !line.contains("/opt/xray-desk/bin/XRayDesk is not executable")).toList();
        assertEquals(List.of(), complaints, said);
    }
}
