package io.xraydesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away certificate authority and a server certificate for 127.0.0.1 signed by it, made with
 * the JDK's keytool: what a corporate TLS-inspection root looks like to the app.
 */
public final class TestCertificates {

    private static final String PASSWORD = "test-pass";

    private final Path caPem;
    private final Path caDer;
    private final Path serverStore;

    private TestCertificates(Path folder) {
        this.caPem = folder.resolve("test-ca.pem");
        this.caDer = folder.resolve("test-ca.der");
        this.serverStore = folder.resolve("server.p12");
    }

    /**
     * One set for the whole test run, in a temporary folder removed when the JVM exits: keytool takes
     * seconds a call, and tests that only need some trusted or untrusted TLS need no set of their own.
     */
    public static TestCertificates shared() {
        return Shared.CERTIFICATES;
    }

    public static TestCertificates create(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        TestCertificates certificates = new TestCertificates(folder);
        Path caStore = folder.resolve("ca.p12");
        Path csr = folder.resolve("server.csr");
        Path serverCrt = folder.resolve("server.crt");
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=XRayDesk Test CA",
                "-ext", "bc:c", "-validity", "2", "-keystore", caStore.toString(), "-storetype", "PKCS12");
        keytool("-exportcert", "-alias", "ca", "-rfc", "-file", certificates.caPem.toString(),
                "-keystore", caStore.toString());
        keytool("-exportcert", "-alias", "ca", "-file", certificates.caDer.toString(), "-keystore", caStore.toString());
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                "-validity", "2", "-keystore", certificates.serverStore.toString(), "-storetype", "PKCS12");
        keytool("-certreq", "-alias", "server", "-file", csr.toString(), "-keystore", certificates.serverStore.toString());
        keytool("-gencert", "-alias", "ca", "-infile", csr.toString(), "-outfile", serverCrt.toString(), "-rfc",
                "-ext", "san=ip:127.0.0.1,dns:localhost", "-validity", "2", "-keystore", caStore.toString());
        keytool("-importcert", "-alias", "ca", "-file", certificates.caPem.toString(), "-noprompt",
                "-keystore", certificates.serverStore.toString());
        keytool("-importcert", "-alias", "server", "-file", serverCrt.toString(),
                "-keystore", certificates.serverStore.toString());
        return certificates;
    }

    /** The CA certificate as PEM, what an analyst would import. */
    public Path caPem() {
        return caPem;
    }

    /** The same CA certificate in binary DER form. */
    public Path caDer() {
        return caDer;
    }

    /** The server side: presents the certificate signed by the test CA. */
    public SSLContext serverContext() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(serverStore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        return context;
    }

    /** A client that trusts the test CA and nothing else: it accepts {@link #serverContext()}. */
    public SSLContext clientContext() throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(caDer)) {
            trusted.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass", PASSWORD, "-keypass", PASSWORD));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool " + args[0] + " failed: " + output);
        }
    }

    private static final class Shared {

        static final TestCertificates CERTIFICATES = createInTemporaryFolder();

        private static TestCertificates createInTemporaryFolder() {
            Path folder = TemporaryFolders.create("xraydesk-test-certificates");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TemporaryFolders.deleteTree(folder)));
            try {
                return create(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while making the test certificates", e);
            }
        }
    }
}
