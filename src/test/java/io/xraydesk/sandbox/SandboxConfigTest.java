package io.xraydesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Configuration checks of the embedded server (its start-up time: bench.SandboxStartBenchmark). */
class SandboxConfigTest {

    @Test
    void rejectsNonsenseConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> SandboxConfig.builder().speed(0).build());
        assertThrows(IllegalArgumentException.class, () -> SandboxConfig.builder().user("bob", "t").build());
        assertThrows(IllegalArgumentException.class, () -> SandboxConfig.builder().maxUploadBytes(0).build());
    }
}
