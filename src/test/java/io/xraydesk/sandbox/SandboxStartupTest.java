package io.xraydesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Start-up cost and configuration checks of the embedded server. */
class SandboxStartupTest {

    @Test
    void startsWellUnder200Milliseconds() {
        SandboxServer.start(SandboxConfig.defaults()).close(); // class loading is the app's one-off cost
        long begin = System.nanoTime();
        SandboxServer server = SandboxServer.start(SandboxConfig.defaults());
        long millis = (System.nanoTime() - begin) / 1_000_000;
        server.close();
        assertTrue(millis < 200, "started in " + millis + " ms");
    }

    @Test
    void rejectsNonsenseConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> SandboxConfig.builder().speed(0).build());
        assertThrows(IllegalArgumentException.class, () -> SandboxConfig.builder().user("bob", "t").build());
        assertThrows(IllegalArgumentException.class, () -> SandboxConfig.builder().maxUploadBytes(0).build());
    }
}
