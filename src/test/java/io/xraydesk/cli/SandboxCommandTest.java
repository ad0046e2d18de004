package io.xraydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.cli.CliHarness.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sandbox} refuses what it cannot serve with a reason, before starting anything. */
class SandboxCommandTest {

    @TempDir
    Path home;

    @Test
    void badOptionsExplainThemselves() {
        Run speed = new CliHarness(home).run("sandbox", "--speed", "fast");
        assertEquals(ExitCode.USAGE, speed.exit());
        assertTrue(speed.err().contains("--speed"), speed.err());

        Run lonelyUser = new CliHarness(home).run("sandbox", "--user-id", "6464ba07cbddbd090b267260");
        assertEquals(ExitCode.USAGE, lonelyUser.exit());
        assertTrue(lonelyUser.err().contains("--user-id and --token (or XRAYDESK_SANDBOX_TOKEN) go together"), lonelyUser.err());

        Run badUser = new CliHarness(home).run("sandbox", "--user-id", "bob", "--token", "t");
        assertEquals(ExitCode.USAGE, badUser.exit());
        assertTrue(badUser.err().contains("user id"), badUser.err());

        Run tokenWithoutUser = new CliHarness(home).with(SandboxCommand.ENV_TOKEN, "a-token-from-the-environment")
                .run("sandbox");
        assertEquals(ExitCode.USAGE, tokenWithoutUser.exit());
        assertTrue(tokenWithoutUser.err().contains("go together"), tokenWithoutUser.err());

        Run pace = new CliHarness(home).run("sandbox", "--s3-bytes-per-second", "-1");
        assertEquals(ExitCode.USAGE, pace.exit());
        assertTrue(pace.err().contains("--s3-bytes-per-second"), pace.err());
    }
}
