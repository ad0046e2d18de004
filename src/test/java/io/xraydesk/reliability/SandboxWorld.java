package io.xraydesk.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.ProxySettings;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.testing.RecordingSleeper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

/**
 * One in-process sandbox with a client and an uploader over real loopback HTTP, retries recorded
 * instead of slept, a short per-call timeout so a hanging answer costs little, plus the sandbox
 * control calls (faults, revoke, time, state) the reliability tests drive it with.
 */
final class SandboxWorld implements AutoCloseable {

    /** A valid SIREN (Luhn) the sandbox knows. */
    static final String SIREN = "514673987";
    /**
     * Short, so hanging cells end quickly; long enough for a busy 2-core machine to answer a live call: one
     * stall over it would add an attempt to a cell that expects none, and fail the matrix.
     */
    static final Duration CALL_TIMEOUT = Duration.ofMillis(1500);

    final SandboxServer sandbox;
    final RecordingSleeper sleeper = new RecordingSleeper();
    final ConnectionSettings settings = ConnectionSettings.defaults().withProxy(ProxySettings.none())
            .withTimeouts(Duration.ofSeconds(2), CALL_TIMEOUT);
    final HttpClient http = HttpClientFactory.create(settings);
    final OctoberClient client;
    final S3Uploader uploader;
    private final HttpClient control = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    SandboxWorld(SandboxConfig config) {
        sandbox = SandboxServer.start(config);
        RetryPolicy retries = RetryPolicy.defaults().withSleeper(sleeper);
        client = new OctoberClient(credentials(), http, retries, settings);
        uploader = new S3Uploader(http, retries, settings);
    }

    SandboxWorld() {
        this(SandboxConfig.builder().build());
    }

    ApiCredentials credentials() {
        return ApiCredentials.of(sandbox.apiBaseUri(), sandbox.demoUser().userId(), sandbox.demoUser().token());
    }

    String createRequest() {
        return client.createRequest(NewRequest.of(CompanyCode.siren(SIREN))).id();
    }

    MediumDraft createMedium(String requestId, Path file) throws IOException {
        return client.createMedium(new NewMedium("certified_financial_statement", requestId,
                new MediumMeta(file.getFileName().toString(), null, null), "application/pdf", Files.size(file)));
    }

    void upload(MediumDraft draft, Path file) {
        uploader.upload(draft.upload(), file, "application/pdf", null, null);
    }

    void finalise(String mediumId) {
        client.finaliseMedium(mediumId, MediumFinalisation.online("year", "2023-12-31"));
    }

    /** A small PDF-looking file whose bytes depend on {@code seed}, so two files never share a hash. */
    static Path pdf(Path dir, String name, int size, int seed) throws IOException {
        byte[] bytes = new byte[size];
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < size; i++) {
            bytes[i] = i < head.length ? head[i] : (byte) ('a' + (i * 7 + seed) % 26);
        }
        return Files.write(dir.resolve(name), bytes);
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Arms one fault on the API server ({@code s3} false) or on the S3 server. */
    void arm(boolean s3, String method, String pathGlob, String kind, boolean afterHandling, Integer retryAfter) {
        Map<String, Object> fault = new java.util.LinkedHashMap<>();
        fault.put("kind", kind);
        fault.put("method", method);
        fault.put("path", pathGlob);
        fault.put("count", 1);
        fault.put("after", afterHandling);
        if (retryAfter != null) {
            fault.put("retryAfterSeconds", retryAfter);
        }
        control(s3 ? sandbox.s3BaseUri() : sandbox.apiBaseUri(), "POST", "/_sandbox/faults", fault);
    }

    void revokeToken() {
        control(sandbox.apiBaseUri(), "POST", "/_sandbox/revoke", Map.of("userId", sandbox.demoUser().userId()));
    }

    void advance(int seconds) {
        control(sandbox.apiBaseUri(), "POST", "/_sandbox/advance", Map.of("seconds", seconds));
    }

    JsonNode state() {
        try {
            return WireJson.mapper().readTree(control(sandbox.apiBaseUri(), "GET", "/_sandbox/state", null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int requestCount() {
        return state().path("requests").size();
    }

    int mediumCount() {
        int media = 0;
        for (JsonNode request : state().path("requests")) {
            media += request.path("media").size();
        }
        return media;
    }

    /** How many stored objects have exactly this content. */
    int objectsWithSha(String sha256) {
        int found = 0;
        for (JsonNode request : state().path("requests")) {
            for (JsonNode medium : request.path("media")) {
                if (sha256.equals(medium.path("object").path("sha256").asText())) {
                    found++;
                }
            }
        }
        return found;
    }

    private String control(URI base, String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(WireJson.mapper().writeValueAsBytes(body));
            HttpResponse<String> answer = control.send(HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(5)).header(SandboxServer.CONTROL_HEADER, "1").method(method, publisher).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 300) {
                throw new AssertionError(method + " " + path + " → " + answer.statusCode() + " " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
