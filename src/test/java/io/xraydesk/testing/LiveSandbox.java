package io.xraydesk.testing;

import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An in-process sandbox on loopback for one test, or for a whole test class, as a JUnit extension:
 * <pre>
 * &#64;RegisterExtension
 * final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.defaults());          // one per test
 * &#64;RegisterExtension
 * static final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.defaults());   // one per class
 * </pre>
 * It starts when the field is initialised, so other fields can use it, and stops after the test
 * (instance field) or after the last test of the class (static field), whatever the outcome.
 */
public final class LiveSandbox implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private final SandboxServer server;
    private final SandboxControl control;
    /** Only a static field's extension sees the class start: it then outlives each single test. */
    private boolean sharedByTheClass;

    public LiveSandbox(SandboxConfig config) {
        server = SandboxServer.start(config);
        control = new SandboxControl(server);
    }

    public SandboxServer server() {
        return server;
    }

    /** Control calls (state, counters, faults, time) and demo-user clients of this sandbox. */
    public SandboxControl control() {
        return control;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sharedByTheClass = true;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!sharedByTheClass) {
            server.close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (sharedByTheClass) {
            server.close();
        }
    }
}
