package io.xraydesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.sandbox.SandboxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The test side of a running sandbox: its {@code /_sandbox/} control calls (state, counters, faults,
 * time travel, revocation) and clients of the demo user built the way the application builds them.
 * The one place tests speak the control protocol, so a change to it is made once.
 */
public class SandboxControl {

    private final URI apiBase;
    private final URI s3Base;
    private final ApiCredentials demo;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SandboxControl(SandboxServer server) {
        this(server.apiBaseUri(), server.s3BaseUri(),
                ApiCredentials.of(server.apiBaseUri(), server.demoUser().userId(), server.demoUser().token()));
    }

    /** A sandbox running elsewhere (another process), known by its two addresses and its demo user. */
    public SandboxControl(URI apiBase, URI s3Base, ApiCredentials demo) {
        this.apiBase = apiBase;
        this.s3Base = s3Base;
        this.demo = demo;
    }

    public ApiCredentials demoCredentials() {
        return demo;
    }

    /** The real client of the demo user over its own HttpClient. */
    public OctoberClient client(RetryPolicy policy) {
        return new OctoberClient(demoCredentials(), HttpClientFactory.create(ConnectionSettings.defaults()), policy);
    }

    public OctoberClient client(ApiCredentials credentials, RetryPolicy policy, ConnectionSettings settings) {
        return new OctoberClient(credentials, HttpClientFactory.create(settings), policy, settings);
    }

    public S3Uploader uploader(RetryPolicy policy) {
        return new S3Uploader(HttpClientFactory.create(ConnectionSettings.defaults()), policy);
    }

    /** {@code GET /_sandbox/state}: requests with media, objects and reports, counters, sandbox time. */
    public JsonNode state() {
        return json(send(request("/_sandbox/state").GET()));
    }

    public long counter(String name) {
        JsonNode value = state().path("counters").path(name);
        if (!value.isNumber()) {
            throw new AssertionError("the sandbox has no counter " + name);
        }
        return value.asLong();
    }

    /** The media the sandbox holds for the request. */
    public List<JsonNode> media(String requestId) {
        List<JsonNode> media = new ArrayList<>();
        for (JsonNode request : state().path("requests")) {
            if (request.path("id").asText().equals(requestId)) {
                request.path("media").forEach(media::add);
            }
        }
        return media;
    }

    /** SHA-256 of the stored objects of media that are online (or already past it), one per medium. */
    public List<String> onlineSha256(String requestId) {
        return media(requestId).stream()
                .filter(m -> !m.path("status").asText().equals("draft"))
                .map(m -> m.path("object").path("sha256").asText())
                .sorted().toList();
    }

    public int requestCount() {
        return state().path("requests").size();
    }

    /** Arms a fault on the API server: the next {@code count} calls matching misbehave as {@code kind}. */
    public void armApiFault(String method, String pathGlob, String kind, int count, int retryAfterSeconds) {
        armApiFault(faultJson(method, pathGlob, kind, count, retryAfterSeconds));
    }

    /** Arms a fault on the S3 server. */
    public void armS3Fault(String method, String pathGlob, String kind, int count) {
        armS3Fault(faultJson(method, pathGlob, kind, count, 1));
    }

    /** Arms a fault on the API server described by the control protocol's own JSON. */
    public void armApiFault(String faultJson) {
        expectOk(send(control(apiBase, "/_sandbox/faults").POST(HttpRequest.BodyPublishers.ofString(faultJson))));
    }

    /** Disarms every fault of the API server. */
    public void disarmApiFaults() {
        expectStatus(204, send(control(apiBase, "/_sandbox/faults").DELETE()));
    }

    /** Arms a fault on the S3 server described by the control protocol's own JSON. */
    public void armS3Fault(String faultJson) {
        expectOk(send(control(s3Base, "/_sandbox/faults").POST(HttpRequest.BodyPublishers.ofString(faultJson))));
    }

    /** Revokes every session of {@code userId}: its next call is refused as unauthenticated. */
    public void revoke(String userId) {
        String body = "{\"userId\":\"" + userId + "\"}";
        expectStatus(204, send(request("/_sandbox/revoke").POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** Moves sandbox time forward; due X-Rays are produced before this returns. */
    public void advance(long seconds) {
        String body = "{\"seconds\":" + seconds + "}";
        expectOk(send(request("/_sandbox/advance").POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** The next report of {@code source} for {@code requestId} comes out {@code rated}, {@code not_rated} or {@code failed}. */
    public void orderOutcome(String requestId, String source, String outcome) {
        String body = "{\"request\":\"" + requestId + "\",\"source\":\"" + source + "\",\"outcome\":\"" + outcome
                + "\"}";
        expectStatus(204, send(request("/_sandbox/outcomes").POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    private static String faultJson(String method, String pathGlob, String kind, int count, int retryAfterSeconds) {
        return "{\"method\":" + (method == null ? "null" : "\"" + method + "\"") + ",\"path\":\"" + pathGlob
                + "\",\"kind\":\"" + kind + "\",\"count\":" + count + ",\"retryAfterSeconds\":" + retryAfterSeconds + "}";
    }

    private HttpRequest.Builder request(String path) {
        return control(apiBase, path);
    }

    private static HttpRequest.Builder control(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header(SandboxServer.CONTROL_HEADER, "1");
    }

    private HttpResponse<String> send(HttpRequest.Builder call) {
        try {
            return http.send(call.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expectOk(HttpResponse<String> response) {
        expectStatus(200, response);
    }

    private static void expectStatus(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError("sandbox control call failed: " + response.statusCode() + " " + response.body());
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        expectOk(response);
        try {
            return WireJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
