package io.xraydesk.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.core.session.ConnectionMonitor.State;
import io.xraydesk.core.watch.ExecutorWatchScheduler;
import io.xraydesk.core.watch.RequestWatcher;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.SandboxControl;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection state against a real sandbox and the real watcher in real time: idle with nothing to
 * poll, online once a call answered, server errors while it answers 503, offline within ten seconds of
 * connections being dropped or left hanging (the measured delays are printed).
 */
class ConnectionMonitorTest {

    private static final Duration OFFLINE_WITHIN = Duration.ofSeconds(10);

    @RegisterExtension
    final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.defaults());
    private final SandboxControl control = sandbox.control();

    @TempDir
    Path folder;

    private LocalDatabase database;
    private ExecutorWatchScheduler scheduler;
    private RequestWatcher watcher;
    private ConnectionMonitor monitor;
    private OctoberClient client;
    private final List<State> seen = new CopyOnWriteArrayList<>();
    /** When the first attempt after a fault was armed started (nanoTime), 0 before. */
    private final AtomicLong firstAttemptAfterArming = new AtomicLong();
    private volatile boolean armed;

    @BeforeEach
    void start() {
        database = LocalDatabase.open(folder.resolve("xraydesk.db"));
        scheduler = new ExecutorWatchScheduler();
        // No client retries, as the application gives the watcher: it is its own retry loop.
        client = control.client(RetryPolicy.none());
        watcher = new RequestWatcher(client, database, WatchPolicy.defaults(),
                Clock.systemUTC(), scheduler, new Random());
        monitor = ConnectionMonitor.start(Clock.systemUTC(), watcher::needsPolling);
        monitor.addListener(seen::add);
        client.observeCalls(() -> {
            if (armed) {
                firstAttemptAfterArming.compareAndSet(0, System.nanoTime());
            }
            return monitor.started();
        });
    }

    @AfterEach
    void stop() {
        watcher.stop();
        monitor.close();
        scheduler.close();
        database.close();
    }

    @Test
    void idleWithNothingToPollThenOnlineOnceACallAnsweredUntilNothingIsComing() throws Exception {
        watcher.start();
        monitor.recheck();
        assertEquals(State.IDLE, monitor.state(), "an empty list polls nothing: no 'Connecting…'");

        watcher.watch(created().id(), RequestOrigin.CREATED_HERE);
        waitFor(State.ONLINE, Duration.ofSeconds(10));
        assertTrue(watcher.needsPolling(), "ESG and Manager are coming");

        control.advance(130);
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (watcher.needsPolling()) {
            assertTrue(System.nanoTime() < deadline, "ESG and Manager reported, no document sent: nothing is coming");
            Thread.sleep(50);
        }
    }

    @Test
    void offlineWithinTenSecondsOfConnectionsBeingDropped() throws Exception {
        Duration measured = offlineAfter("reset");
        System.out.println("connection: offline " + measured.toMillis() + " ms after every connection was dropped");
    }

    @Test
    void offlineWithinTenSecondsOfTheServerHanging() throws Exception {
        Duration measured = offlineAfter("hang");
        System.out.println("connection: offline " + measured.toMillis() + " ms after the server stopped answering");
    }

    @Test
    void serverErrorsWhileTheServerAnswers503ThenOnlineAgain() throws Exception {
        quietWatchedRequest();
        control.armApiFault(null, "/**", "status503", 10_000, 0);
        long start = System.nanoTime();
        waitFor(State.SERVER_ERRORS, OFFLINE_WITHIN);
        System.out.println("connection: server errors shown " + millisSince(start) + " ms after the server answered 503");
        assertTrue(!seen.contains(State.OFFLINE), "a server that answers is not offline: " + seen);

        control.disarmApiFaults();
        waitFor(State.ONLINE, Duration.ofSeconds(70));
    }

    /** Arms {@code kind} on every API call of a quiet watched request and measures the way to offline. */
    private Duration offlineAfter(String kind) throws Exception {
        quietWatchedRequest();
        armed = true;
        control.armApiFault(null, "/**", kind, 10_000, 0);
        long start = System.nanoTime();
        waitFor(State.OFFLINE, Duration.ofSeconds(30));
        Duration sinceArming = Duration.ofNanos(System.nanoTime() - start);
        Duration sinceFirstFailure = Duration.ofNanos(System.nanoTime() - firstAttemptAfterArming.get());
        System.out.println("connection: " + kind + ": first failing call " + (sinceArming.minus(sinceFirstFailure))
                .toMillis() + " ms after arming, offline " + sinceFirstFailure.toMillis() + " ms after it");
        assertTrue(sinceArming.compareTo(OFFLINE_WITHIN) <= 0, "offline only after " + sinceArming.toMillis() + " ms");
        return sinceArming;
    }

    /** A watched request whose polling slowed down (its interval doubled past the heartbeat), online. */
    private void quietWatchedRequest() throws Exception {
        AnalysisRequest request = created();
        watcher.watch(request.id(), RequestOrigin.CREATED_HERE);
        watcher.start();
        waitFor(State.ONLINE, Duration.ofSeconds(10));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (watcher.currentInterval(request.id()).orElseThrow().compareTo(Duration.ofSeconds(20)) < 0) {
            assertTrue(System.nanoTime() < deadline, "the request's polling never slowed down");
            Thread.sleep(100);
        }
    }

    private AnalysisRequest created() {
        return control.client(RetryPolicy.none()).createRequest(new NewRequest(new CompanyCode("siren", "514673987"), "ACME SAS", null, null));
    }

    private void waitFor(State wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (monitor.state() != wanted) {
            assertTrue(System.nanoTime() < deadline, "still " + monitor.state() + " after " + within.toSeconds()
                    + " s, waiting for " + wanted + "; seen " + seen);
            Thread.sleep(20);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
