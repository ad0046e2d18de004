package io.xraydesk.core.lookup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.core.requests.SandboxSessions;
import io.xraydesk.core.session.Session;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.testing.LiveSandbox;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CompanyLookupTest {

    @RegisterExtension
    static final LiveSandbox live = new LiveSandbox(SandboxConfig.defaults());
    private static final SandboxServer sandbox = live.server();

    private static CompanyLookup lookupAt(URI base, Duration timeout) {
        return new CompanyLookup(HttpClientFactory.create(SandboxSessions.loopback()), base, timeout, "XRayDesk-test");
    }

    @Test
    void findsTheNameHeadOfficeAndActivityOfAnOpenCompany() throws Exception {
        CompanyFacts facts = lookupAt(sandbox.lookupBaseUri(), Duration.ofSeconds(4)).find("514673987").orElseThrow();

        assertEquals("514673987", facts.siren());
        assertFalse(facts.name().isBlank());
        assertFalse(facts.address().isBlank());
        assertTrue(facts.activity().matches("\\d{2}\\.\\d{2}[A-Z]"), facts.activity());
        assertFalse(facts.closed());
    }

    @Test
    void flagsAClosedCompany() throws Exception {
        assertTrue(lookupAt(sandbox.lookupBaseUri(), Duration.ofSeconds(4)).find("888888880").orElseThrow().closed());
    }

    @Test
    void anUnknownSirenFindsNothing() throws Exception {
        assertEquals(Optional.empty(), lookupAt(sandbox.lookupBaseUri(), Duration.ofSeconds(4)).find("999999998"));
    }

    @Test
    void givesUpOnASilentRegistryAfterItsTimeout() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            long started = System.nanoTime();
            CompanyLookupException failure = assertThrows(CompanyLookupException.class,
                    () -> lookupAt(silent.uri(), Duration.ofMillis(500)).find("514673987"));
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            assertTrue(failure.getMessage().contains("did not answer"), failure.getMessage());
            assertTrue(elapsedMillis < 3000, "took " + elapsedMillis + " ms");
        }
    }

    @Test
    void anInterruptAbandonsTheCallAtOnce() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try (SilentServer silent = new SilentServer()) {
            Future<Optional<CompanyFacts>> call = worker.submit(
                    () -> lookupAt(silent.uri(), Duration.ofSeconds(30)).find("514673987"));
            waitFor(() -> silent.connections() > 0);
            long started = System.nanoTime();
            call.cancel(true);
            worker.shutdown();

            assertTrue(worker.awaitTermination(2, TimeUnit.SECONDS), "lookup still running after cancel");
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < 2000);
        } finally {
            worker.shutdownNow();
        }
    }

    @Test
    void sendsNoOctoberHeaderToTheRegistry() throws Exception {
        List<Map<String, List<String>>> seen = new CopyOnWriteArrayList<>();
        HttpServer registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        registry.createContext("/", exchange -> {
            seen.add(Map.copyOf(exchange.getRequestHeaders()));
            byte[] body = "{\"results\":[]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        registry.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + registry.getAddress().getPort());
            Session session = SandboxSessions.open(sandbox, sandbox.apiBaseUri(), Optional.of(base));

            CompanyLookup.forSession(session).orElseThrow().find("514673987");

            assertEquals(1, seen.size());
            for (String header : seen.get(0).keySet()) {
                assertFalse(List.of("usertoken", "userid", "sessiontoken", "october-version", "authorization")
                        .contains(header.toLowerCase()), "sent " + header);
            }
        } finally {
            registry.stop(0);
        }
    }

    @Test
    void aRefusalOrAnUnreadableAnswerIsALookupFailure() throws Exception {
        HttpServer registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        registry.createContext("/", exchange -> {
            boolean refuse = exchange.getRequestURI().getQuery().contains("111111118");
            byte[] body = (refuse ? "{\"erreur\":\"quota\"}" : "<html>maintenance</html>").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(refuse ? 429 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        registry.start();
        try {
            CompanyLookup lookup = lookupAt(URI.create("http://127.0.0.1:" + registry.getAddress().getPort()),
                    Duration.ofSeconds(4));

            assertTrue(assertThrows(CompanyLookupException.class, () -> lookup.find("111111118")).getMessage()
                    .contains("429"));
            assertTrue(assertThrows(CompanyLookupException.class, () -> lookup.find("514673987")).getMessage()
                    .contains("not JSON"));
        } finally {
            registry.stop(0);
        }
    }

    @Test
    void isOffWhenTheSessionHasNoLookupAddress() {
        assertEquals(Optional.empty(), CompanyLookup.forSession(
                SandboxSessions.open(sandbox, sandbox.apiBaseUri(), Optional.empty())));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met in 5 s");
            }
            Thread.sleep(20);
        }
    }
}
