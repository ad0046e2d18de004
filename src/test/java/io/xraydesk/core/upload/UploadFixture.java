package io.xraydesk.core.upload;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.Sleeper;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.testing.SandboxControl;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * An in-process sandbox with the clients the queue uses, over real loopback HTTP, and its control
 * calls (faults, state). Retries wait milliseconds instead of seconds so fault tests stay fast.
 */
public final class UploadFixture implements AutoCloseable {

    public final SandboxServer server;
    public final HttpClient http = HttpClient.newHttpClient();
    public final OctoberClient client;
    public final S3Uploader uploader;
    private final SandboxControl control;

    public UploadFixture(SandboxConfig.Builder config) {
        server = SandboxServer.start(config.build());
        control = new SandboxControl(server);
        RetryPolicy fast = new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(5),
                Sleeper.system(), Clock.systemUTC(), new Random(7));
        client = new OctoberClient(credentials(), http, fast);
        uploader = new S3Uploader(http, fast);
    }

    public UploadFixture() {
        this(SandboxConfig.builder());
    }

    public ApiCredentials credentials() {
        return control.demoCredentials();
    }

    public String createRequest() {
        return client.createRequest(NewRequest.of(CompanyCode.siren("514673987"))).id();
    }

    public static LocalDatabase database(Path dir) {
        return LocalDatabase.open(dir.resolve("xraydesk.db"));
    }

    /** Arms a fault on the API ({@code s3 = false}) or on the storage. */
    public void fault(boolean s3, String json) {
        if (s3) {
            control.armS3Fault(json);
        } else {
            control.armApiFault(json);
        }
    }

    public JsonNode state() {
        return control.state();
    }

    public long counter(String name) {
        return state().path("counters").path(name).asLong();
    }

    /** The media the sandbox holds for the request. */
    public List<JsonNode> media(String requestId) {
        return control.media(requestId);
    }

    /** SHA-256 of the stored objects of media that are online (or already past it), one per medium. */
    public List<String> onlineSha256(String requestId) {
        return control.onlineSha256(requestId);
    }

    @Override
    public void close() {
        server.close();
    }
}
