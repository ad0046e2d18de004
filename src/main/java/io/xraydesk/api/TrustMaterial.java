package io.xraydesk.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Builds the TLS trust for outbound calls: the JDK's CAs, plus the operating system's store where
 * Java can read one (Windows {@code Windows-ROOT}, macOS {@code KeychainStore}; Linux has none
 * readable through a standard provider and is skipped), plus extra CA certificates — typically a
 * corporate TLS-inspection root — read from PEM or DER files.
 */
public final class TrustMaterial {

    private static final List<String> OS_STORE_TYPES = List.of("Windows-ROOT", "KeychainStore");

    private TrustMaterial() {
    }

    /** An SSLContext trusting the JDK CAs, the OS CAs and every certificate in {@code extraCaFiles}. */
    public static SSLContext sslContext(List<Path> extraCaFiles) {
        try {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int index = 0;
            for (X509Certificate ca : jdkDefaultCas()) {
                trust.setCertificateEntry("jdk-" + index++, ca);
            }
            for (X509Certificate ca : osCas()) {
                trust.setCertificateEntry("os-" + index++, ca);
            }
            for (Path file : extraCaFiles) {
                for (X509Certificate ca : readCertificates(file)) {
                    trust.setCertificateEntry("extra-" + index++, ca);
                }
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException broken) {
            throw new IllegalStateException("could not build the TLS trust store: " + broken.getMessage(), broken);
        }
    }

    /**
     * Every X.509 certificate in a PEM file (one or several {@code BEGIN CERTIFICATE} blocks) or a
     * DER file. A file that holds none gets a message naming it, not a stack of parser errors.
     */
    public static List<X509Certificate> readCertificates(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Collection<? extends Certificate> certificates =
                    CertificateFactory.getInstance("X.509").generateCertificates(in);
            List<X509Certificate> result = new ArrayList<>();
            for (Certificate certificate : certificates) {
                result.add((X509Certificate) certificate);
            }
            if (result.isEmpty()) {
                throw new IllegalArgumentException(file + " holds no certificate");
            }
            return result;
        } catch (CertificateException unreadable) {
            throw new IllegalArgumentException(file + " is not an X.509 certificate in PEM or DER form", unreadable);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("cannot read " + file + ": " + unreadable.getMessage(), unreadable);
        }
    }

    private static List<X509Certificate> jdkDefaultCas() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        List<X509Certificate> result = new ArrayList<>();
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                result.addAll(List.of(x509.getAcceptedIssuers()));
            }
        }
        return result;
    }

    private static List<X509Certificate> osCas() {
        List<X509Certificate> result = new ArrayList<>();
        for (String type : OS_STORE_TYPES) {
            try {
                KeyStore store = KeyStore.getInstance(type);
                store.load(null, null);
                Enumeration<String> aliases = store.aliases();
                while (aliases.hasMoreElements()) {
                    if (store.getCertificate(aliases.nextElement()) instanceof X509Certificate ca) {
                        result.add(ca);
                    }
                }
            } catch (GeneralSecurityException | IOException notOnThisPlatform) {
                // The store type exists only on its own OS; elsewhere the JDK CAs suffice.
            }
        }
        return result;
    }
}
