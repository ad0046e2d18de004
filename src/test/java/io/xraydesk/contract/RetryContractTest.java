package io.xraydesk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.NetworkException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.OutcomeUnknownException;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.ServerException;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.UploadTarget;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.sandbox.UploadMode;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.SandboxControl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's retry rules against faults injected in the sandbox: how many attempts reach the server,
 * how long the client waits (recorded, not slept), and that a create whose answer is lost is never
 * sent twice. Also the PUT fallback upload, which only the sandbox's PUT mode exercises.
 */
class RetryContractTest {

    private static final NewRequest ACME = NewRequest.of(CompanyCode.siren("514673987"));

    @RegisterExtension
    final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.defaults());
    private final SandboxControl control = sandbox.control();
    /** What the client asked to wait, in order; nothing is really slept. */
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final RetryPolicy recorded = RetryPolicy.defaults().withSleeper(waits::add);

    @TempDir
    Path dir;

    @Test
    void aGetIsRetriedThroughServerErrorsWithBackoff() {
        OctoberClient client = control.client(recorded);
        String id = client.createRequest(ACME).id();
        control.armApiFault("GET", "/requests/*", "status503", 2, 0);

        assertEquals(id, client.getRequest(id).id());
        assertEquals(2, control.counter("faultsInjected"), "two refused attempts, then the third answered");
        assertEquals(2, waits.size());
        waits.forEach(wait -> assertTrue(wait.compareTo(Duration.ofMillis(2000)) <= 0, "jittered backoff " + wait));
    }

    @Test
    void aGetGivesUpAfterTheLastAttempt() {
        OctoberClient client = control.client(recorded);
        String id = client.createRequest(ACME).id();
        control.armApiFault("GET", "/requests/*", "status500", 10, 0);

        assertEquals(500, assertThrows(ServerException.class, () -> client.getRequest(id)).status());
        assertEquals(recorded.maxAttempts(), control.counter("faultsInjected"));
        assertEquals(recorded.maxAttempts() - 1, waits.size());
    }

    @Test
    void retryAfterIsHonoured() {
        OctoberClient client = control.client(recorded);
        String id = client.createRequest(ACME).id();
        control.armApiFault("GET", "/reports", "status429", 1, 7);

        assertTrue(client.listReports(id, null).isEmpty());
        assertEquals(List.of(Duration.ofSeconds(7)), waits, "the wait is what Retry-After asked");
    }

    @Test
    void aRateLimitedCreateIsRetriedBecauseTheServerDidNotProcessIt() {
        OctoberClient client = control.client(recorded);
        control.armApiFault("POST", "/requests", "status429", 1, 3);

        client.createRequest(ACME);
        assertEquals(List.of(Duration.ofSeconds(3)), waits);
        assertEquals(1, control.requestCount());
    }

    @Test
    void aCreateAnsweredWithAServerErrorIsNotRepeated() {
        OctoberClient client = control.client(recorded);
        control.armApiFault("POST", "/requests", "status500", 1, 0);

        assertThrows(ServerException.class, () -> client.createRequest(ACME));
        assertEquals(List.of(), waits);
        assertEquals(1, control.counter("faultsInjected"));
    }

    @Test
    void aResetCreateIsReportedAsUnknownOutcomeAndNeverResent() {
        OctoberClient client = control.client(recorded);
        control.armApiFault("POST", "/requests", "reset", 1, 0);

        assertThrows(OutcomeUnknownException.class, () -> client.createRequest(ACME));
        assertEquals(List.of(), waits);
        assertEquals(1, control.counter("faultsInjected"));

        AnalysisRequest created = client.createRequest(ACME);
        assertEquals(1, control.requestCount(), "one request after the lost answer and one deliberate create");
        assertEquals(created.id(), control.state().path("requests").get(0).path("id").asText());
    }

    @Test
    void aHangingCreateTimesOutAsUnknownOutcomeAndIsNotResent() {
        ConnectionSettings impatient = ConnectionSettings.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700));
        OctoberClient client = control.client(control.demoCredentials(), recorded, impatient);
        control.armApiFault("POST", "/requests", "hang", 1, 0);

        OutcomeUnknownException lost = assertThrows(OutcomeUnknownException.class, () -> client.createRequest(ACME));
        assertEquals(NetworkException.Kind.TIMEOUT, lost.kind());
        assertEquals(List.of(), waits);
        assertEquals(0, control.requestCount());
        assertEquals(1, control.counter("faultsInjected"));
    }

    @Test
    void anUploadIsRetriedFromTheStartAfterAnS3Failure() throws Exception {
        OctoberClient client = control.client(recorded);
        S3Uploader uploader = control.uploader(recorded);
        String requestId = client.createRequest(ACME).id();
        Path pdf = TestPdfs.write(dir.resolve("statement.pdf"), "Statement", "Second page");
        MediumDraft draft = client.createMedium(new NewMedium("bank_statement", requestId,
                new MediumMeta("statement.pdf", null, null), "application/pdf", Files.size(pdf)));
        control.armS3Fault("POST", "/**", "status503", 1);

        uploader.upload(draft.upload(), pdf, "application/pdf", null, null);
        assertEquals(1, waits.size());
        assertEquals(1, control.counter("s3Uploads"));
        assertEquals(TestPdfs.sha256(pdf), storedSha256());
    }

    @Test
    void thePutFallbackUploadsTheSameBytes() throws Exception {
        try (SandboxServer putMode = SandboxServer.start(SandboxConfig.builder().uploadMode(UploadMode.PUT).build())) {
            uploadsByPut(new SandboxControl(putMode));
        }
    }

    private void uploadsByPut(SandboxControl control) throws Exception {
        OctoberClient client = control.client(recorded);
        String requestId = client.createRequest(ACME).id();
        Path pdf = TestPdfs.write(dir.resolve("accounts.pdf"), "Certified accounts 2023");
        MediumDraft draft = client.createMedium(new NewMedium("certified_financial_statement", requestId,
                new MediumMeta("accounts.pdf", null, null), "application/pdf", Files.size(pdf)));
        UploadTarget target = draft.upload();
        assertTrue(!target.isPresignedPost() && target.fieldsInOrder().isEmpty(), "a bare presigned URL");

        control.uploader(recorded).upload(target, pdf, "application/pdf", null, null);
        client.finaliseMedium(draft.medium().id(), MediumFinalisation.online("year", "2023-12-31"));
        assertEquals(TestPdfs.sha256(pdf), storedSha256(control));
        assertEquals(0, control.counter("s3RejectedWithApiHeaders"));
    }

    private String storedSha256() {
        return storedSha256(control);
    }

    private static String storedSha256(SandboxControl control) {
        return control.state().path("requests").get(0).path("media").get(0).path("object").path("sha256").asText();
    }
}
