package io.xraydesk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.ConflictException;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.NotFoundException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.UploadRejectedException;
import io.xraydesk.api.ValidationException;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.SandboxControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal the API and S3 can answer, as the real client surfaces it: the exception type and the
 * details the screens and the command line show. The S3 cases also prove the token never reaches S3.
 */
class ErrorPathsContractTest {

    /** Small enough that a 64 KiB file is refused by the policy's content-length-range. */
    private static final long MAX_UPLOAD = 32 * 1024;
    /** Short, for the expired-policy case; long enough for every other upload here to arrive in time on a busy machine. */
    private static final Duration POLICY_TTL = Duration.ofSeconds(3);

    @RegisterExtension
    final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.builder()
            .maxUploadBytes(MAX_UPLOAD).uploadPolicyTtl(POLICY_TTL).build());
    private final SandboxControl control = sandbox.control();
    private final OctoberClient client = control.client(RetryPolicy.none());
    private final S3Uploader uploader = control.uploader(RetryPolicy.none());

    @TempDir
    Path dir;

    @Test
    void aWrongTokenIsAnAuthenticationFailure() {
        ApiCredentials wrong = ApiCredentials.of(sandbox.server().apiBaseUri(), sandbox.server().demoUser().userId(),
                "not-the-token");
        OctoberClient stranger = control.client(wrong, RetryPolicy.none(), ConnectionSettings.defaults());

        AuthenticationException refused = assertThrows(AuthenticationException.class,
                () -> stranger.createRequest(NewRequest.of(CompanyCode.siren("514673987"))));
        assertEquals(401, refused.status());
        assertFalse(refused.getMessage().contains("not-the-token"), "the token stays out of messages");
        assertEquals(0, control.requestCount());
    }

    @Test
    void anInvalidSirenSentAsIsComesBackWithTheServersMessageOnTheField() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> client.createRequest(NewRequest.of(CompanyCode.siren("514673988"))));
        assertEquals(400, refused.status());
        assertEquals("code.id", refused.field().orElseThrow());
        assertTrue(refused.serverMessage().contains("514673988"), refused.serverMessage());
        assertEquals(0, control.requestCount());
    }

    @Test
    void unknownIdsAreNotFound() {
        assertEquals(404, assertThrows(NotFoundException.class,
                () -> client.getRequest("0123456789abcdef01234567")).status());
        assertThrows(NotFoundException.class, () -> client.getMedium("0123456789abcdef01234567"));
        assertThrows(NotFoundException.class, () -> client.getReport("0123456789abcdef01234567"));
    }

    @Test
    void finalisingWithoutTheFileOrTwiceIsAConflict() throws IOException {
        String requestId = client.createRequest(NewRequest.of(CompanyCode.siren("514673987"))).id();
        Path pdf = TestPdfs.write(dir.resolve("statement.pdf"), "Statement");
        MediumDraft draft = draft(requestId, pdf);

        ConflictException missing = assertThrows(ConflictException.class,
                () -> client.finaliseMedium(draft.medium().id(), MediumFinalisation.online("month", "2024-03-31")));
        assertEquals(409, missing.status());

        uploader.upload(draft.upload(), pdf, "application/pdf", null, null);
        client.finaliseMedium(draft.medium().id(), MediumFinalisation.online("month", "2024-03-31"));
        assertEquals(409, assertThrows(ConflictException.class,
                () -> client.finaliseMedium(draft.medium().id(), MediumFinalisation.online("month", "2024-03-31")))
                .status());
        assertEquals(1, control.counter("finaliseMedium"));
    }

    @Test
    void anExpiredPolicyIsRefusedAsExpired() throws Exception {
        String requestId = client.createRequest(NewRequest.of(CompanyCode.siren("514673987"))).id();
        Path pdf = TestPdfs.write(dir.resolve("statement.pdf"), "Statement");
        MediumDraft draft = draft(requestId, pdf);
        // The policy's expiration is checked against the real clock.
        Thread.sleep(POLICY_TTL.plusMillis(1100).toMillis());

        UploadRejectedException refused = assertThrows(UploadRejectedException.class,
                () -> uploader.upload(draft.upload(), pdf, "application/pdf", null, null));
        assertEquals(403, refused.status());
        assertTrue(refused.isExpired(), refused.s3Message());
        assertEquals(0, control.counter("s3RejectedWithApiHeaders"));
    }

    @Test
    void aFileAboveThePolicyLimitIsEntityTooLarge() throws IOException {
        String requestId = client.createRequest(NewRequest.of(CompanyCode.siren("514673987"))).id();
        Path big = dir.resolve("big.pdf");
        Files.write(big, new byte[(int) (2 * MAX_UPLOAD)]);
        MediumDraft draft = client.createMedium(new NewMedium("bank_statement", requestId,
                new MediumMeta("big.pdf", null, null), "application/pdf", null));

        UploadRejectedException refused = assertThrows(UploadRejectedException.class,
                () -> uploader.upload(draft.upload(), big, "application/pdf", null, null));
        assertEquals("EntityTooLarge", refused.code());
        assertFalse(refused.isExpired());
        assertEquals(0, control.counter("s3Uploads"));
    }

    @Test
    void noCallToS3EverCarriesTheApiHeaders() throws IOException {
        String requestId = client.createRequest(NewRequest.of(CompanyCode.siren("514673987"))).id();
        Path pdf = TestPdfs.write(dir.resolve("statement.pdf"), "Statement");
        uploader.upload(draft(requestId, pdf).upload(), pdf, "application/pdf", null, null);
        uploader.upload(draft(requestId, pdf).upload(), pdf, "application/pdf", null, null);

        assertEquals(2, control.counter("s3Uploads"));
        assertEquals(0, control.counter("s3RejectedWithApiHeaders"));
    }

    private MediumDraft draft(String requestId, Path file) throws IOException {
        return client.createMedium(new NewMedium("bank_statement", requestId,
                new MediumMeta(file.getFileName().toString(), null, null), "application/pdf", Files.size(file)));
    }
}
