package io.xraydesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.AnswerLimits;
import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.NetworkException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.OutcomeUnknownException;
import io.xraydesk.api.ProxySettings;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.UploadTarget;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that sends the headers of its answer and then stops, connection open. The JDK's request
 * timeout only runs until the headers arrive, so without a deadline of its own the client would wait
 * for the body forever — a frozen screen, a stuck upload queue. Both the API client and the S3
 * uploader bound the whole exchange.
 */
class StalledAnswerTest {

    private static final Duration CALL_TIMEOUT = Duration.ofMillis(500);

    private final CountDownLatch release = new CountDownLatch(1);
    private LoopbackServer server;
    private OctoberClient client;
    private S3Uploader uploader;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer().handle("/", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 500);
            OutputStream out = ex.getResponseBody();
            out.write("{\"request\":{\"id\":".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        ConnectionSettings settings = ConnectionSettings.defaults().withProxy(ProxySettings.none())
                .withTimeouts(Duration.ofSeconds(2), CALL_TIMEOUT);
        client = new OctoberClient(ApiCredentials.of(server.baseUri(), "6413297aad6e59418e7748f9", "stall-token"),
                HttpClientFactory.create(settings), RetryPolicy.none(), settings);
        uploader = new S3Uploader(HttpClientFactory.create(settings), RetryPolicy.none(), settings);
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    @Test
    void aGetWhoseBodyStallsTimesOut() {
        NetworkException failure = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(NetworkException.class, () -> client.getRequest("6413297aad6e59418e774902")));
        assertEquals(NetworkException.Kind.TIMEOUT, failure.kind());
    }

    /**
     * Retries do not multiply the wait: with four attempts of 500 ms allowed, the call still ends at
     * its deadline of 1.2 s, and its message says that it was given up rather than slow once.
     */
    @Test
    void retriedGetsEndAtTheCallDeadlineAndSaySo() {
        ConnectionSettings settings = new ConnectionSettings(Duration.ofSeconds(2), CALL_TIMEOUT,
                Duration.ofMillis(1200), ProxySettings.none(), null, ConnectionSettings.defaultUserAgent(),
                AnswerLimits.defaults());
        OctoberClient retrying = new OctoberClient(ApiCredentials.of(server.baseUri(), "6413297aad6e59418e7748f9",
                "stall-token"), HttpClientFactory.create(settings), RetryPolicy.defaults(), settings);
        long start = System.nanoTime();
        NetworkException failure = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(NetworkException.class, () -> retrying.getRequest("6413297aad6e59418e774902")));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(NetworkException.Kind.TIMEOUT, failure.kind());
        assertTrue(tookMillis < 2500, "ended at the deadline, took " + tookMillis + " ms");
        assertTrue(failure.getMessage().contains("gave up after") && failure.getMessage().contains("1200 ms"),
                failure.getMessage());
    }

    @Test
    void anUploadWhoseAnswerStallsTimesOut(@TempDir Path dir) throws Exception {
        Path file = SandboxWorld.pdf(dir, "stalled.pdf", 32 * 1024, 4);
        UploadTarget target = new UploadTarget(server.baseUri() + "/bucket/key.pdf", new java.util.LinkedHashMap<>(), "PUT");
        NetworkException failure = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(NetworkException.class,
                        () -> uploader.upload(target, file, "application/pdf", null, null)));
        assertEquals(NetworkException.Kind.TIMEOUT, failure.kind());
    }

    @Test
    void aPostWhoseBodyStallsIsAnUnknownOutcome() {
        NetworkException failure = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(NetworkException.class,
                        () -> client.createRequest(NewRequest.of(CompanyCode.siren(SandboxWorld.SIREN)))));
        assertInstanceOf(OutcomeUnknownException.class, failure, "the server may have created it");
        assertEquals(NetworkException.Kind.TIMEOUT, failure.kind());
    }
}
