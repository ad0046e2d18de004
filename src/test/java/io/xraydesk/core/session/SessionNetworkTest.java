package io.xraydesk.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.CaCertificateCopies;
import io.xraydesk.store.Environment;
import io.xraydesk.store.NetworkSettings;
import io.xraydesk.store.ProxyMode;
import io.xraydesk.store.Profile;
import io.xraydesk.store.Settings;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.TestCertificates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection built from the network settings, end to end over loopback: API and S3 calls both
 * take the configured proxy, and an HTTPS server signed by an unknown CA is refused until that CA is
 * imported.
 */
class SessionNetworkTest {

    private static final NetworkSettings DIRECT = NetworkSettings.DEFAULT.withProxyMode(ProxyMode.NONE);

    @TempDir
    Path dir;

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @Test
    void apiAndS3CallsBothGoThroughTheManualProxy() throws Exception {
        try (EmbeddedSandbox sandbox = new EmbeddedSandbox(); LoopbackProxy proxy = new LoopbackProxy()) {
            SessionOpener opener = new SessionOpener(sandbox);
            NetworkSettings viaProxy = DIRECT.withManualProxy("127.0.0.1", proxy.port(), null);
            SignInAttempt attempt = opener.signIn(sandboxProfile(), SandboxConfig.DEMO_TOKEN,
                    NetworkConnections.settings(viaProxy, Optional.empty()), Settings.DEFAULTS);
            assertTrue(attempt.check().accepted(), attempt.check().detail());
            Session session = attempt.session().orElseThrow();

            String requestId = session.client().createRequest(NewRequest.of(CompanyCode.siren("514673987"))).id();
            byte[] pdf = "%PDF-1.7\nproxy test".getBytes(StandardCharsets.US_ASCII);
            Path file = Files.write(dir.resolve("statement.pdf"), pdf);
            MediumDraft draft = session.client().createMedium(new NewMedium("bank_statement", requestId,
                    new MediumMeta("statement.pdf", null, null), "application/pdf", (long) pdf.length));
            session.uploader().upload(draft.upload(), file, "application/pdf", null, null);

            SandboxServer server = sandbox.server();
            int apiPort = server.apiBaseUri().getPort();
            int s3Port = server.s3BaseUri().getPort();
            assertEquals(3, proxy.countFor(apiPort), "check, request, medium: " + proxy.seen());
            assertEquals(1, proxy.countFor(s3Port), "the upload: " + proxy.seen());
            LoopbackProxy.Seen upload = proxy.seen().stream()
                    .filter(s -> s.requestLine().contains(":" + s3Port)).findFirst().orElseThrow();
            assertFalse(upload.headers().toLowerCase(Locale.ROOT).contains("sessiontoken"), "no API header to S3");
            assertFalse(upload.headers().contains(SandboxConfig.DEMO_TOKEN));
        }
    }

    @Test
    void anUntrustedCertificateFailsUntilItsCaIsImported() throws Exception {
        TestCertificates certificates = TestCertificates.shared();
        SandboxConfig https = SandboxConfig.builder().sslContext(certificates.serverContext()).build();
        try (EmbeddedSandbox sandbox = new EmbeddedSandbox(https)) {
            SessionOpener opener = new SessionOpener(sandbox);
            Profile custom = new Profile("tls", "TLS", Environment.CUSTOM, sandbox.server().apiBaseUri().toString(),
                    SandboxConfig.DEMO_USER_ID, ApiCredentials.DEFAULT_VERSION, null, false);

            SignInAttempt refused = opener.signIn(custom, SandboxConfig.DEMO_TOKEN,
                    NetworkConnections.settings(DIRECT, Optional.empty()), Settings.DEFAULTS);
            assertEquals(CheckOutcome.TLS, refused.check().outcome(), refused.check().detail());
            assertTrue(refused.check().message().contains("Network settings"), refused.check().message());
            assertTrue(refused.session().isEmpty());

            Path copy = new CaCertificateCopies(AppPaths.at(dir.resolve("home"))).importPem(certificates.caPem());
            NetworkSettings trusting = DIRECT.withImportedCaFiles(List.of(copy.toString()));
            SignInAttempt accepted = opener.signIn(custom, SandboxConfig.DEMO_TOKEN,
                    NetworkConnections.settings(trusting, Optional.empty()), Settings.DEFAULTS);
            assertEquals(CheckOutcome.ACCEPTED, accepted.check().outcome(), accepted.check().detail());
            assertTrue(accepted.session().isPresent());

            NetworkSettings trustingDer = DIRECT.withImportedCaFiles(List.of(certificates.caDer().toString()));
            assertEquals(CheckOutcome.ACCEPTED, opener.signIn(custom, SandboxConfig.DEMO_TOKEN,
                    NetworkConnections.settings(trustingDer, Optional.empty()), Settings.DEFAULTS).check().outcome());
        }
    }

    @Test
    void theSandboxAnswersCompanyLookupsAndProductionOnlyWhenTurnedOn() {
        try (EmbeddedSandbox sandbox = new EmbeddedSandbox()) {
            SessionOpener opener = new SessionOpener(sandbox);
            assertTrue(sandbox.running().isEmpty(), "not started before it is needed");
            assertEquals(Optional.of(sandbox.server().lookupBaseUri()),
                    opener.companyLookupBase(Environment.SANDBOX, Settings.DEFAULTS));
            assertEquals(Optional.empty(), opener.companyLookupBase(Environment.PRODUCTION, Settings.DEFAULTS));
            assertEquals(Optional.of(ApiEndpoints.COMPANY_LOOKUP), opener.companyLookupBase(Environment.PRODUCTION,
                    Settings.DEFAULTS.withCompanyLookupEnabled(true)));
            assertEquals(Optional.of(ApiEndpoints.COMPANY_LOOKUP),
                    opener.companyLookupBase(Environment.CUSTOM, Settings.DEFAULTS));
            assertEquals(ApiEndpoints.PRODUCTION, opener.baseUrl(new Profile("p", "P", Environment.PRODUCTION, null,
                    "u", null, null, false)));
        }
    }

    private static Profile sandboxProfile() {
        return new Profile("demo", "Demo", Environment.SANDBOX, null, SandboxConfig.DEMO_USER_ID,
                ApiCredentials.DEFAULT_VERSION, SandboxConfig.DEMO_BUSINESS_ID, false);
    }
}
