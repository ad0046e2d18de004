package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.cli.CliHarness.Run;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.testing.LiveSandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code relay} refuses what it cannot run with, in one line, before it connects to anything. */
class RelayCommandTest {

    @RegisterExtension
    final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.defaults());

    @TempDir
    Path home;

    @Test
    void aListenAddressWithoutAPortIsRefused() {
        Run run = relay("--listen", "127.0.0.1", "--team-db", "postgresql://team@db.example/xraydesk");
        assertEquals(ExitCode.USAGE, run.exit());
        assertTrue(run.err().contains("--listen expects host:port"), run.err());
    }

    @Test
    void aPublicUrlInPlainHttpToAnotherHostIsRefused() {
        Run run = relay("--listen", "127.0.0.1:0", "--public-url", "http://relay.bank.example/october",
                "--business-id", sandbox.server().demoUser().businessId());
        assertEquals(ExitCode.USAGE, run.exit());
        assertTrue(run.err().contains("--public-url expects an https:// address"), run.err());
    }

    @Test
    void aPublicUrlNeedsTheBusinessWhoseSettingsItGoesIn() {
        Run run = relay("--listen", "127.0.0.1:0", "--public-url", "https://relay.bank.example/october");
        assertEquals(ExitCode.USAGE, run.exit());
        assertTrue(run.err().contains("give the business id too"), run.err());
    }

    @Test
    void withoutATeamDatabaseTheRelayHasNothingToWriteTo() {
        Run run = relay("--listen", "127.0.0.1:0");
        assertEquals(ExitCode.USAGE, run.exit());
        assertTrue(run.err().contains("no team database"), run.err());
    }

    private Run relay(String... options) {
        String[] tokens = new String[options.length + 1];
        tokens[0] = "relay";
        System.arraycopy(options, 0, tokens, 1, options.length);
        return CliHarness.against(sandbox.server(), home).run(tokens);
    }
}
