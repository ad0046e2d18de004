package io.xraydesk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.PdfSignedBytes;
import io.xraydesk.sandbox.SandboxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every fault kind, armed through /_sandbox/faults and observed by a plain HTTP client. */
class SandboxFaultsTest {

    @RegisterExtension
    static final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.defaults());
    static final SandboxServer server = sandbox.server();
    static final SandboxHttp http = new SandboxHttp(server);
    static String requestId;

    @BeforeAll
    static void createRequest() {
        requestId = http.createRequest("514673987");
    }

    @AfterEach
    void clear() {
        assertEquals(204, http.control("DELETE", "/_sandbox/faults", null).status());
    }

    @ParameterizedTest
    @CsvSource({"status500,500", "status502,502", "status503,503", "status429,429", "unauthorized,401"})
    void statusFaultsAnswerOnceThenTheCallWorksAgain(String kind, int status) {
        arm("GET", "/requests/*", kind, 1);
        SandboxHttp.Answer faulted = http.get("/requests/" + requestId);
        assertEquals(status, faulted.status());
        assertTrue(faulted.json().hasNonNull("error"));
        assertEquals(200, http.get("/requests/" + requestId).status());
    }

    @Test
    void rateLimitCarriesRetryAfter() {
        http.control("POST", "/_sandbox/faults", "{\"path\":\"/requests/*\",\"kind\":\"status429\",\"retryAfterSeconds\":7}");
        assertEquals("7", http.get("/requests/" + requestId).raw().headers().firstValue("Retry-After").orElse(""));
    }

    @Test
    void countAndMethodAndGlobAreHonoured() {
        arm("POST", "/requests", "status503", 2);
        assertEquals(200, http.get("/requests/" + requestId).status()); // other method and path
        assertEquals(503, http.post("/requests", "{}").status());
        assertEquals(503, http.post("/requests", "{}").status());
        assertEquals(400, http.post("/requests", "{}").status()); // fault used up: real validation answers
    }

    @Test
    void malformedAndUnexpectedShapeAre200WithUnusableBodies() {
        arm("GET", "/requests/*", "malformed", 1);
        SandboxHttp.Answer malformed = http.get("/requests/" + requestId);
        assertEquals(200, malformed.status());
        assertThrows(IOException.class, () -> WireJson.mapper().readTree(malformed.body()));
        arm("GET", "/requests/*", "unexpected_shape", 1);
        JsonNode shape = http.get("/requests/" + requestId).json();
        assertTrue(shape.path("request").isMissingNode() && !shape.has("id"));
    }

    @Test
    void resetAndTruncatedBreakTheConnection() {
        // java.net.http silently retries an idempotent GET once when the connection dies before any
        // answer byte, so the reset is shown on a POST, which it never replays.
        arm("POST", "/requests/*", "reset", 1);
        assertThrows(UncheckedIOException.class, () -> http.post("/requests/" + requestId, "{\"notes\":{}}"));
        arm("GET", "/requests/*", "truncated", 1);
        assertThrows(UncheckedIOException.class, () -> new SandboxHttp(server).get("/requests/" + requestId));
        assertEquals(200, http.get("/requests/" + requestId).status());
    }

    @Test
    void hangNeverAnswers() {
        arm(null, "/**", "hang", 1);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> http.send(
                http.authed("/requests/" + requestId).timeout(Duration.ofMillis(300)).GET().build()));
        assertTrue(e.getCause() instanceof HttpTimeoutException);
    }

    @Test
    void storageHasItsOwnFaults() {
        JsonNode draft = http.createMedium(requestId, "other", "a.pdf", 10);
        SandboxHttp.Answer armed = http.send(HttpRequest.newBuilder(URI.create(server.s3BaseUri() + "/_sandbox/faults"))
                .header(SandboxServer.CONTROL_HEADER, "1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"method\":\"POST\",\"path\":\"/**\",\"kind\":\"status503\"}"))
                .build());
        assertEquals(200, armed.status(), armed.body());
        SandboxHttp.Answer upload = http.uploadForm(draft.path("upload"), PdfSignedBytes.of(10), Map.of());
        assertEquals(503, upload.status());
        assertTrue(upload.body().contains("<Code>service_unavailable</Code>"), upload.body());
        assertEquals(204, http.uploadForm(draft.path("upload"), PdfSignedBytes.of(10), Map.of()).status());
    }

    @Test
    void unknownKindIsRefused() {
        SandboxHttp.Answer a = http.control("POST", "/_sandbox/faults", "{\"kind\":\"explode\"}");
        assertEquals(400, a.status());
        assertEquals("kind", a.json().path("field").asText());
    }

    private static void arm(String method, String path, String kind, int count) {
        String m = method == null ? "" : "\"method\":\"" + method + "\",";
        SandboxHttp.Answer a = http.control("POST", "/_sandbox/faults",
                "{" + m + "\"path\":\"" + path + "\",\"kind\":\"" + kind + "\",\"count\":" + count + "}");
        assertEquals(200, a.status(), a.body());
    }
}
