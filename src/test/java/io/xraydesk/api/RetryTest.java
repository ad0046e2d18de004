package io.xraydesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.ScriptedServer.Reply;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.testing.RecordingSleeper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which calls are repeated, how many times, and how long the client waits in between. */
class RetryTest {

    private static final String REQUEST = "{\"request\":{\"id\":\"q1\",\"status\":\"pending_analysis\",\"stage\":\"1.1\"}}";
    private static final NewRequest NEW = NewRequest.of(CompanyCode.siren("514673987"));

    @RegisterExtension
    final ScriptedServer server = ScriptedServer.start();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final OctoberClient client = Fixtures.client(server, Fixtures.retries(4, sleeper));

    @Test
    void getIsRetriedOnServerErrorsWithJitteredExponentialBackoff() {
        server.enqueue(Reply.json(503, "{}"), Reply.json(500, "{}"), Reply.json(200, REQUEST));
        assertEquals("q1", client.getRequest("q1").id());
        assertEquals(3, server.requests().size());
        // base 500 ms, doubling, jitter pinned at half the ceiling
        assertEquals(List.of(Duration.ofMillis(250), Duration.ofMillis(500)), sleeper.sleeps());
    }

    @Test
    void getIsRetriedAfterABrokenConnection() {
        server.enqueue(Reply.drop(), Reply.drop(), Reply.json(200, REQUEST));
        assertEquals("q1", client.getRequest("q1").id());
        assertEquals(3, server.requests().size());
    }

    @Test
    void getGivesUpAfterMaxAttempts() {
        server.enqueue(Reply.json(502, "{}"), Reply.json(502, "{}"), Reply.json(502, "{}"), Reply.json(502, "{}"));
        assertThrows(ServerException.class, () -> client.getRequest("q1"));
        assertEquals(4, server.requests().size());
        assertEquals(3, sleeper.sleeps().size());
    }

    @Test
    void clientErrorsAreNotRetried() {
        server.enqueue(Reply.json(401, "{\"error\":\"unauthorized\"}"));
        assertThrows(AuthenticationException.class, () -> client.getRequest("q1"));
        assertEquals(1, server.requests().size());
        assertEquals(List.of(), sleeper.sleeps());
    }

    @Test
    void retryAfterInSecondsIsWaitedInFull() {
        server.enqueue(Reply.with(429, Map.of("Retry-After", "7"), ""), Reply.json(200, REQUEST));
        client.getRequest("q1");
        assertEquals(List.of(Duration.ofSeconds(7)), sleeper.sleeps());
    }

    @Test
    void retryAfterAsAnHttpDateIsWaitedInFull() {
        server.enqueue(Reply.with(503, Map.of("Retry-After", "Thu, 15 Jan 2026 10:00:30 GMT"), ""),
                Reply.json(200, REQUEST));
        client.getRequest("q1");
        assertEquals(List.of(Duration.ofSeconds(30)), sleeper.sleeps());
    }

    @Test
    void aRetryAfterBeyondTheCapGoesToTheCallerUnwaited() {
        server.enqueue(Reply.with(429, Map.of("Retry-After", "3600"), ""));
        RateLimitedException limited = assertThrows(RateLimitedException.class, () -> client.getRequest("q1"));
        assertEquals(Optional.of(Duration.ofHours(1)), limited.retryAfter());
        assertEquals(1, server.requests().size());
        assertEquals(List.of(), sleeper.sleeps());
    }

    @Test
    void createRequestIsNeverRepeatedAfterTheBytesMayHaveLeft() {
        server.enqueue(Reply.drop(), Reply.json(200, REQUEST));
        OutcomeUnknownException unknown = assertThrows(OutcomeUnknownException.class, () -> client.createRequest(NEW));
        assertEquals(1, server.requests().size());
        assertEquals(List.of(), sleeper.sleeps());
        assertTrue(unknown.getMessage().contains("may or may not"), unknown.getMessage());
    }

    @Test
    void createRequestTimingOutIsAnUnknownOutcome() {
        ConnectionSettings quick = Fixtures.settings().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300));
        OctoberClient impatient = new OctoberClient(Fixtures.credentials(server.baseUri()), HttpClientFactory.create(quick),
                Fixtures.retries(4, sleeper), quick);
        server.enqueue(Reply.after(Duration.ofMillis(1500), Reply.json(200, REQUEST)));
        OutcomeUnknownException unknown = assertThrows(OutcomeUnknownException.class, () -> impatient.createRequest(NEW));
        assertEquals(NetworkException.Kind.TIMEOUT, unknown.kind());
        assertEquals(1, server.requests().size());
    }

    @Test
    void createRequestIsRetriedWhenTheServerSaysItDidNotProcessIt() {
        server.enqueue(Reply.with(429, Map.of("Retry-After", "1"), ""),
                Reply.with(503, Map.of("Retry-After", "2"), ""), Reply.json(201, REQUEST));
        assertEquals("q1", client.createRequest(NEW).id());
        assertEquals(3, server.requests().size());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), sleeper.sleeps());
    }

    @Test
    void createRequestIsNotRetriedOnAServerErrorWithoutRetryAfter() {
        server.enqueue(Reply.json(503, "{}"));
        assertThrows(ServerException.class, () -> client.createRequest(NEW));
        assertEquals(1, server.requests().size());
        server.enqueue(Reply.json(500, "{}"));
        assertThrows(ServerException.class, () -> client.createRequest(NEW));
        assertEquals(2, server.requests().size());
        assertEquals(List.of(), sleeper.sleeps());
    }

    @Test
    void createRequestIsRetriedWhenTheConnectionWasRefused() {
        server.close();
        NetworkException refused = assertThrows(NetworkException.class, () -> client.createRequest(NEW));
        assertFalse(refused instanceof OutcomeUnknownException, "nothing was sent, so the outcome is known");
        assertEquals(3, sleeper.sleeps().size());
    }

    @Test
    void anInterruptedWaitCancelsTheCall() {
        OctoberClient interrupted = Fixtures.client(server, Fixtures.retries(4, sleeper).withSleeper(d -> {
            throw new InterruptedException();
        }));
        server.enqueue(Reply.json(503, "{}"));
        assertThrows(CancelledException.class, () -> interrupted.getRequest("q1"));
        assertTrue(Thread.interrupted(), "the interrupt flag is restored for the caller");
    }

    @Test
    void backoffIsCappedAndJitterStaysBelowTheCeiling() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofMinutes(2),
                sleeper, java.time.Clock.systemUTC(), new Random(42));
        for (int failed = 1; failed < 10; failed++) {
            long ceiling = Math.min(500L << (failed - 1), 20_000);
            long delay = policy.delayAfter(failed, Optional.empty()).orElseThrow().toMillis();
            assertTrue(delay >= 0 && delay <= ceiling, "attempt " + failed + " waited " + delay);
        }
        assertEquals(Optional.empty(), policy.delayAfter(10, Optional.empty()));
        assertEquals(Optional.empty(), RetryPolicy.none().delayAfter(1, Optional.empty()));
    }
}
