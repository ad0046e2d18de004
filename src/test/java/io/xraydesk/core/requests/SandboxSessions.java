package io.xraydesk.core.requests;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.ProxySettings;
import io.xraydesk.core.session.Session;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.sandbox.SandboxUser;
import io.xraydesk.store.Environment;
import io.xraydesk.store.Profile;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Sessions of the sandbox's demo user, as the application would open them, for tests. */
public final class SandboxSessions {

    private SandboxSessions() {
    }

    /** Loopback needs no proxy; short timeouts keep a failing test short. */
    public static ConnectionSettings loopback() {
        return ConnectionSettings.defaults().withProxy(ProxySettings.none())
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(10));
    }

    /** The demo user's session against {@code apiBase}, with the company lookup at {@code lookupBase} if given. */
    public static Session open(SandboxServer sandbox, URI apiBase, Optional<URI> lookupBase) {
        SandboxUser user = sandbox.demoUser();
        Profile profile = new Profile("sandbox", "Sandbox", Environment.SANDBOX, apiBase.toString(), user.userId(),
                ApiCredentials.DEFAULT_VERSION, null, false);
        return Session.open(profile, ApiCredentials.of(apiBase, user.userId(), user.token()), loopback(), lookupBase);
    }
}
