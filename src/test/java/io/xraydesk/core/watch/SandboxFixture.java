package io.xraydesk.core.watch;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.RequestNotes;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.UploadItem;
import io.xraydesk.testing.PdfSignedBytes;
import io.xraydesk.testing.SandboxControl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * A sandbox on loopback, a local database in a temp folder, a fake clock and scheduler, and a watcher
 * polling the sandbox through a {@link CountingHttpClient}. Shared by the watcher, receiver, screen and
 * benchmark tests.
 */
public final class SandboxFixture implements AutoCloseable {

    public final SandboxServer sandbox;
    public final LocalDatabase database;
    public final FakeClock clock = new FakeClock(Instant.parse("2026-01-05T09:00:00Z"));
    public final FakeScheduler scheduler = new FakeScheduler(clock);
    public final CountingHttpClient http = new CountingHttpClient(clock);
    public final OctoberClient client;
    public final RequestWatcher watcher;
    private final Path folder;
    private final SandboxControl control;

    public SandboxFixture(Path folder, WatchPolicy policy) {
        this(folder, policy, SandboxConfig.builder().build());
    }

    public SandboxFixture(Path folder, WatchPolicy policy, SandboxConfig config) {
        this.folder = folder;
        sandbox = SandboxServer.start(config);
        control = new SandboxControl(sandbox);
        database = LocalDatabase.open(folder.resolve("xraydesk.db"));
        client = clientFor(sandbox.apiBaseUri(), http);
        watcher = new RequestWatcher(client, database, policy, clock,
                scheduler, new Random(42));
    }

    /** A client of the demo user at {@code base}, without retries (the watcher's own kind). */
    public static OctoberClient clientFor(URI base, HttpClient http) {
        return new OctoberClient(ApiCredentials.of(base, SandboxConfig.DEMO_USER_ID, SandboxConfig.DEMO_TOKEN), http,
                RetryPolicy.none(), ConnectionSettings.defaults());
    }

    /** Creates a request in the sandbox and records it as created here (as the request form does). */
    public AnalysisRequest createWatched(String siren, String name) {
        AnalysisRequest request = createRequest(siren, name, null);
        database.requestCache().upsert(RequestRecords.toCached(request, RequestOrigin.CREATED_HERE,
                StageTrail.EMPTY, clock.instant()));
        watcher.watch(request.id(), RequestOrigin.CREATED_HERE);
        return request;
    }

    /**
     * A request of Atelier Dupont created on a sandbox stopped since (its id means nothing to this
     * one, as after a restart of the embedded sandbox), recorded in the cache as created here.
     */
    public AnalysisRequest forgottenRequest(RequestOrigin origin) {
        AnalysisRequest forgotten;
        try (SandboxServer earlier = SandboxServer.start(SandboxConfig.defaults())) {
            forgotten = clientFor(earlier.apiBaseUri(), HttpClient.newHttpClient())
                    .createRequest(new NewRequest(CompanyCode.siren("514673987"), "Atelier Dupont", null, null));
        }
        database.requestCache().upsert(RequestRecords.toCached(forgotten, origin, StageTrail.EMPTY, clock.instant()));
        return forgotten;
    }

    public AnalysisRequest createRequest(String siren, String name, RequestNotes notes) {
        return client.createRequest(new NewRequest(CompanyCode.siren(siren), name, null, notes));
    }

    public static RequestNotes someNotes() {
        return new RequestNotes(false, 12, new BigDecimal("250000"), new BigDecimal("1200000"), null,
                new BigDecimal("80000"));
    }

    /** Uploads a small PDF of {@code category} to the request and puts it online (Doc X-Ray, and Bank for statements). */
    public String upload(String requestId, String category) {
        return upload(requestId, category, "statement.pdf");
    }

    /** As {@link #upload(String, String)}, the file named {@code fileName} (the Doc X-Ray names it). */
    public String upload(String requestId, String category, String fileName) {
        try {
            Path file = Files.createTempFile(folder, "doc", ".pdf");
            byte[] bytes = PdfSignedBytes.of(4000);
            Files.write(file, bytes);
            MediumDraft draft = client.createMedium(new NewMedium(category, requestId,
                    new MediumMeta(fileName, null, null), "application/pdf", (long) bytes.length));
            new S3Uploader(HttpClient.newHttpClient(), RetryPolicy.none()).upload(draft.upload(), file,
                    "application/pdf", null, null);
            client.finaliseMedium(draft.medium().id(), MediumFinalisation.online("month", "2025-12-31"));
            return draft.medium().id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Uploads as {@link #upload} and records the file in the upload journal as put online, as the
     * upload queue does: the X-Ray states count it as sent.
     */
    public String uploadJournalled(String requestId, String category) {
        String mediumId = upload(requestId, category);
        UploadItem item = UploadItem.queued(requestId, folder.resolve("statement.pdf").toString(), "statement.pdf",
                4000, mediumId + "0".repeat(40), "application/pdf", category, "month", "2025-12-31", clock.instant());
        database.uploadJournal().enqueue(item);
        database.uploadJournal().markMediumCreated(item.id(), mediumId, "{}");
        database.uploadJournal().markUploaded(item.id(), item.sha256());
        database.uploadJournal().markOnline(item.id());
        return mediumId;
    }

    /** Moves sandbox time forwards (reports due by then are produced before this returns). */
    public void advanceSandbox(Duration duration) {
        control.advance(duration.toSeconds());
    }

    public void fault(String json) {
        control.armApiFault(json);
    }

    public void revokeDemoUser() {
        control.revoke(SandboxConfig.DEMO_USER_ID);
    }

    @Override
    public void close() {
        watcher.stop();
        sandbox.close();
        database.close();
    }
}
