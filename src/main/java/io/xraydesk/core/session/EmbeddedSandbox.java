package io.xraydesk.core.session;

import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.sandbox.SandboxUser;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The in-process emulator behind the Sandbox environment. It starts on a free loopback port the
 * first time it is needed (not at application start: most sessions may never use it) and stops when
 * the application does. {@link #server()} blocks while it starts: call it off the FX thread.
 */
public final class EmbeddedSandbox implements AutoCloseable {

    private final SandboxConfig config;
    private SandboxServer server;
    private boolean closed;

    /**
     * Ten times real time: a demo shows the five X-Rays within about half a minute (the slowest,
     * Financial, takes three sandbox minutes) while the stages stay visible one after the other.
     */
    static final double DEMO_SPEED = 10;

    public EmbeddedSandbox() {
        this(SandboxConfig.builder().speed(DEMO_SPEED).build());
    }

    public EmbeddedSandbox(SandboxConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The running sandbox, started now if it was not yet. */
    public synchronized SandboxServer server() {
        if (closed) {
            throw new IllegalStateException("the sandbox was stopped with the application");
        }
        if (server == null) {
            server = SandboxServer.start(config);
        }
        return server;
    }

    /** Where the sandbox serves the API, starting it if needed (blocking). */
    public URI apiBaseUri() {
        return server().apiBaseUri();
    }

    /** Where the sandbox answers company searches, starting it if needed (blocking). */
    public URI lookupBaseUri() {
        return server().lookupBaseUri();
    }

    /** The demo account a new Sandbox profile gets, starting the sandbox if needed (blocking). */
    public DemoAccount demoAccount() {
        SandboxUser user = server().demoUser();
        return new DemoAccount(user.userId(), user.token(), user.businessId());
    }

    /** The sandbox if it already runs; never starts it. */
    public synchronized Optional<SandboxServer> running() {
        return Optional.ofNullable(server);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
