package io.xraydesk.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.ProxySettings;
import io.xraydesk.api.TrustMaterial;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.testing.TestCertificates;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step-by-step connection test against real loopback servers. */
class ConnectionDiagnosisTest {

    private static final ConnectionSettings DIRECT = ConnectionSettings.defaults().withProxy(ProxySettings.none());

    @Test
    void plainHttpSandboxPassesDnsTcpAndHttpAndSkipsTls() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.defaults())) {
            List<DiagnosisStep> reported = new ArrayList<>();
            List<DiagnosisStep> steps = ConnectionDiagnosis.run(sandbox.apiBaseUri(), DIRECT, reported::add);
            assertEquals(steps, reported, "each step is reported as it ends");
            assertEquals(List.of(DiagnosisStep.Kind.DNS, DiagnosisStep.Kind.TCP, DiagnosisStep.Kind.TLS,
                    DiagnosisStep.Kind.HTTP), steps.stream().map(DiagnosisStep::kind).toList());
            assertEquals(List.of(DiagnosisStep.Status.PASSED, DiagnosisStep.Status.PASSED, DiagnosisStep.Status.SKIPPED,
                    DiagnosisStep.Status.PASSED), steps.stream().map(DiagnosisStep::status).toList());
            assertTrue(steps.get(3).detail().startsWith("HTTP "), steps.get(3).detail());
        }
    }

    @Test
    void aClosedPortStopsAtTcp() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        List<DiagnosisStep> steps = ConnectionDiagnosis.run(URI.create("https://127.0.0.1:" + closed), DIRECT, s -> { });
        assertEquals(2, steps.size());
        assertEquals(DiagnosisStep.Status.FAILED, steps.get(1).status());
        assertTrue(steps.get(1).detail().contains(String.valueOf(closed)), steps.get(1).detail());
    }

    @Test
    void anUnknownCaFailsAtTlsAndPassesOnceTrusted() throws Exception {
        TestCertificates certificates = TestCertificates.shared();
        SandboxConfig https = SandboxConfig.builder().sslContext(certificates.serverContext()).build();
        try (SandboxServer sandbox = SandboxServer.start(https)) {
            List<DiagnosisStep> refused = ConnectionDiagnosis.run(sandbox.apiBaseUri(), DIRECT, s -> { });
            assertEquals(DiagnosisStep.Kind.TLS, refused.get(refused.size() - 1).kind());
            assertEquals(DiagnosisStep.Status.FAILED, refused.get(refused.size() - 1).status());

            ConnectionSettings trusting = DIRECT.withSslContext(
                    TrustMaterial.sslContext(List.of(certificates.caPem())));
            List<DiagnosisStep> passed = ConnectionDiagnosis.run(sandbox.apiBaseUri(), trusting, s -> { });
            assertTrue(passed.stream().allMatch(s -> s.status() == DiagnosisStep.Status.PASSED), passed.toString());
        }
    }
}
