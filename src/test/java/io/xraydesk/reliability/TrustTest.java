package io.xraydesk.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.NetworkException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.OutcomeUnknownException;
import io.xraydesk.api.ProxySettings;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.TrustMaterial;
import io.xraydesk.api.log.LogFiles;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.store.AppPaths;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.Settings;
import io.xraydesk.store.SettingsStore;
import io.xraydesk.testing.TestCertificates;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.logging.Handler;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the token may go, whom the app trusts, and who may read what it writes. */
class TrustTest {

    private static final String USER_ID = "6413297aad6e59418e7748f9";
    private static final String TOKEN = "trust-canary-Hq83Jd02";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"http://api.october.eu", "http://10.0.0.5:8080", "http://192.168.1.20/api",
            "http://localhost.evil.example", "ftp://api.october.eu"})
    void plainHttpToAnotherComputerIsRefused(String url) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ApiCredentials.of(URI.create(url), USER_ID, TOKEN));
        assertNull(ClearMessages.problemOf(refused.getMessage(), List.of(TOKEN)), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:9000", "https://api.october.eu"})
    void httpsAnywhereAndHttpOnThisComputerAreAccepted(String url) {
        assertEquals(URI.create(url), ApiCredentials.of(URI.create(url), USER_ID, TOKEN).baseUrl());
    }

    @Test
    void anUntrustedCertificateIsAClearTlsFailureNeverIgnored() throws Exception {
        TestCertificates certificates = TestCertificates.shared();
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.builder().sslContext(certificates.serverContext())
                .user(USER_ID, TOKEN).build())) {
            ConnectionSettings settings = ConnectionSettings.defaults().withProxy(ProxySettings.none())
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
            ApiCredentials credentials = ApiCredentials.of(sandbox.apiBaseUri(), USER_ID, TOKEN);
            OctoberClient jdkTrust = new OctoberClient(credentials, HttpClientFactory.create(settings),
                    RetryPolicy.none(), settings);

            NetworkException failure = assertThrows(NetworkException.class,
                    () -> jdkTrust.createRequest(io.xraydesk.api.model.NewRequest.of(
                            io.xraydesk.api.model.CompanyCode.siren(SandboxWorld.SIREN))));
            assertEquals(NetworkException.Kind.TLS, failure.kind());
            assertFalse(failure instanceof OutcomeUnknownException, "a failed handshake sent nothing");
            assertEquals("127.0.0.1", failure.host());
            assertNull(ClearMessages.problemOf(failure.getMessage(), List.of(TOKEN)), failure.getMessage());

            // The same server becomes reachable once its certificate is trusted explicitly: the
            // failure above was about trust, nothing else.
            ConnectionSettings trusting = settings.withSslContext(
                    TrustMaterial.sslContext(List.of(certificates.caPem())));
            OctoberClient explicitTrust = new OctoberClient(credentials, HttpClientFactory.create(trusting),
                    RetryPolicy.none(), trusting);
            assertEquals(SandboxConfig.DEMO_BUSINESS_ID, explicitTrust.getBusiness(SandboxConfig.DEMO_BUSINESS_ID).id());
        }
    }

    @Test
    void filesTheAppWritesAreReadableByTheUserAlone() throws Exception {
        Path home = dir.resolve("home");
        AppPaths paths = AppPaths.at(home);
        SettingsStore.forApp(paths).save(Settings.DEFAULTS);
        Handler log = LogFiles.install(paths.logs());
        try (LocalDatabase database = LocalDatabase.open(paths.database())) {
            java.util.logging.Logger.getLogger("io.xraydesk.reliability").info("permission check");
            log.flush();
            assertEquals("rw-------", mode(paths.settingsFile()));
            assertEquals("rw-------", mode(database.file()));
            assertEquals("rwx------", mode(paths.logs()));
            try (Stream<Path> all = Files.walk(home)) {
                for (Path p : all.toList()) {
                    String mode = mode(p);
                    assertTrue(mode.endsWith("------"), p + " is readable by others: " + mode);
                }
            }
        } finally {
            log.close();
        }
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
