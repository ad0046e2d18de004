package io.xraydesk.ui.settings;

import io.xraydesk.api.TrustMaterial;
import io.xraydesk.store.CaCertificateCopies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

/**
 * Imports a CA certificate file, PEM or DER, as a PEM copy in the data folder. Blocking (files):
 * call it off the FX thread.
 */
final class CaImport {

    private final CaCertificateCopies copies;

    CaImport(CaCertificateCopies copies) {
        this.copies = copies;
    }

    /**
     * @return the copy's path, to list in the network settings
     * @throws IllegalArgumentException when the file holds no certificate (its message names the file)
     */
    Path importFile(Path source) throws IOException {
        List<X509Certificate> certificates = TrustMaterial.readCertificates(source);
        String text = new String(Files.readAllBytes(source), StandardCharsets.ISO_8859_1);
        if (text.contains("-----BEGIN CERTIFICATE-----")) {
            return copies.importPem(source);
        }
        // DER: the copies are kept as PEM, so it is re-encoded under the original's name.
        Path folder = Files.createTempDirectory("xraydesk-ca");
        Path pem = folder.resolve(source.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".pem");
        try {
            Files.writeString(pem, pem(certificates), StandardCharsets.US_ASCII);
            return copies.importPem(pem);
        } finally {
            Files.deleteIfExists(pem);
            Files.deleteIfExists(folder);
        }
    }

    private static String pem(List<X509Certificate> certificates) {
        StringBuilder text = new StringBuilder();
        Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (X509Certificate certificate : certificates) {
            try {
                text.append("-----BEGIN CERTIFICATE-----\n")
                        .append(base64.encodeToString(certificate.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (CertificateEncodingException unencodable) {
                throw new IllegalArgumentException("a certificate could not be re-encoded: " + unencodable.getMessage(),
                        unencodable);
            }
        }
        return text.toString();
    }
}
