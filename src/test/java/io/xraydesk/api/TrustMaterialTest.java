package io.xraydesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.testing.TestCertificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extra CA certificates in PEM and DER, made with keytool, are read for trusting on top of the JDK's;
 * TrustTest shows such a certificate making a real TLS server trusted.
 */
class TrustMaterialTest {

    private static final TestCertificates CERTIFICATES = TestCertificates.shared();

    @TempDir
    Path dir;

    @Test
    void readsTheSameCertificateFromPemAndDer() throws Exception {
        List<X509Certificate> fromPem = TrustMaterial.readCertificates(CERTIFICATES.caPem());
        List<X509Certificate> fromDer = TrustMaterial.readCertificates(CERTIFICATES.caDer());
        assertEquals(1, fromPem.size());
        assertEquals(fromPem, fromDer);
        assertEquals("CN=XRayDesk Test CA", fromPem.get(0).getSubjectX500Principal().getName());
        assertTrue(Files.readString(CERTIFICATES.caPem()).startsWith("-----BEGIN CERTIFICATE-----"));
    }

    @Test
    void readsEveryCertificateOfABundle() throws Exception {
        String pem = Files.readString(CERTIFICATES.caPem());
        Path bundle = Files.writeString(dir.resolve("bundle.pem"), pem + "\n" + pem);
        assertEquals(2, TrustMaterial.readCertificates(bundle).size());
    }

    @Test
    void anythingElseGetsAMessageNamingTheFile() throws Exception {
        Path junk = Files.writeString(dir.resolve("notes.txt"), "not a certificate");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TrustMaterial.readCertificates(junk));
        assertTrue(error.getMessage().contains("notes.txt"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrustMaterial.readCertificates(dir.resolve("missing.pem")));
    }
}
