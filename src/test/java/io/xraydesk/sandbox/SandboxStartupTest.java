package io.xraydesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void closeDeletesTheStoredObjects() throws Exception {
        long before = countSandboxDirs();
        SandboxServer server = SandboxServer.start(SandboxConfig.defaults());
        server.close();
        server.close(); // idempotent
        assertTrue(countSandboxDirs() <= before);
    }

    @Test
    void rejectsNonsenseConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> SandboxConfig.builder().speed(0).build());
        assertThrows(IllegalArgumentException.class, () -> SandboxConfig.builder().user("bob", "t").build());
        assertThrows(IllegalArgumentException.class, () -> SandboxConfig.builder().maxUploadBytes(0).build());
    }

    private static long countSandboxDirs() throws Exception {
        try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return list.filter(p -> p.getFileName().toString().startsWith("xraydesk-sandbox-s3-")).count();
        }
    }
}
