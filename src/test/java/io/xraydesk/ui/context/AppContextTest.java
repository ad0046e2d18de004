package io.xraydesk.ui.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.requests.SandboxSessions;
import io.xraydesk.core.session.EmbeddedSandbox;
import io.xraydesk.core.session.Session;
import io.xraydesk.core.session.SessionOpener;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.login.TestServices;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The application context without a window: who owns the session's work, and when it starts and stops. */
class AppContextTest {

    @TempDir
    Path home;

    private SandboxServer sandbox;
    private AppContext context;
    /** Background jobs, run by the test when it chooses. */
    private final List<Runnable> background = new ArrayList<>();
    private final List<Session> announced = new ArrayList<>();

    @BeforeEach
    void open() {
        sandbox = SandboxServer.start(SandboxConfig.defaults());
        context = new AppContext(TestServices.open(home), new SessionOpener(new EmbeddedSandbox()),
                TestContexts.IGNORED, background::add);
        context.onSessionChanged(announced::add);
    }

    @AfterEach
    void close() {
        context.close();
        sandbox.close();
    }

    @Test
    void aSessionBringsItsWorkStartedInTheBackgroundAndSigningOutClosesIt() {
        Session session = SandboxSessions.open(sandbox, sandbox.apiBaseUri(), Optional.empty());
        context.setSession(session);
        SessionWork work = context.work().orElseThrow();
        assertSame(session, work.session());
        assertEquals(1, background.size(), "started off the calling thread");
        runBackground();

        context.setSession(null);
        assertTrue(context.work().isEmpty());
        assertNull(context.session());
        assertEquals(1, background.size(), "closed off the calling thread");
        runBackground();
        assertEquals(2, announced.size());
        assertSame(session, announced.get(0));
        assertNull(announced.get(1));
    }

    @Test
    void signingInAgainReplacesTheWorkAndTheSameSessionTwiceChangesNothing() {
        Session first = SandboxSessions.open(sandbox, sandbox.apiBaseUri(), Optional.empty());
        context.setSession(first);
        SessionWork before = context.work().orElseThrow();
        context.setSession(first);
        assertSame(before, context.work().orElseThrow());
        assertEquals(1, announced.size());

        context.setSession(SandboxSessions.open(sandbox, sandbox.apiBaseUri(), Optional.empty()));
        assertNotSame(before, context.work().orElseThrow());
        assertEquals(3, background.size(), "first start, its close, second start");
        runBackground();
    }

    private void runBackground() {
        List<Runnable> jobs = List.copyOf(background);
        background.clear();
        jobs.forEach(Runnable::run);
    }
}
