package io.xraydesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extra CA certificates in PEM and DER, made with keytool, become trusted on top of the JDK's. */
class TrustMaterialTest {

    @TempDir
    static Path dir;

    private static Path store;
    private static Path pem;
    private static Path der;

    @BeforeAll
    static void makeCertificate() throws Exception {
        store = dir.resolve("ca.p12");
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=XRayDesk Test CA",
                "-validity", "2", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit");
        pem = dir.resolve("ca.pem");
        der = dir.resolve("ca.der");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", store.toString(), "-storepass", "changeit",
                "-file", pem.toString());
        keytool("-exportcert", "-alias", "ca", "-keystore", store.toString(), "-storepass", "changeit",
                "-file", der.toString());
    }

    @Test
    void readsTheSameCertificateFromPemAndDer() throws Exception {
        List<X509Certificate> fromPem = TrustMaterial.readCertificates(pem);
        List<X509Certificate> fromDer = TrustMaterial.readCertificates(der);
        assertEquals(1, fromPem.size());
        assertEquals(fromPem, fromDer);
        assertEquals("CN=XRayDesk Test CA", fromPem.get(0).getSubjectX500Principal().getName());
        assertTrue(Files.readString(pem).startsWith("-----BEGIN CERTIFICATE-----"));
    }

    @Test
    void readsEveryCertificateOfABundle() throws Exception {
        Path bundle = dir.resolve("bundle.pem");
        Files.writeString(bundle, Files.readString(pem) + "\n" + Files.readString(pem));
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

    @Test
    void aServerSignedByTheExtraCaIsTrustedOverRealTls() throws Exception {
        HttpsServer server = httpsServer();
        try {
            URI base = URI.create("https://127.0.0.1:" + server.getAddress().getPort());
            ConnectionSettings trusting = Fixtures.settings().withSslContext(TrustMaterial.sslContext(List.of(pem)));
            OctoberClient client = new OctoberClient(Fixtures.credentials(base), HttpClientFactory.create(trusting),
                    RetryPolicy.none(), trusting);
            assertEquals("r1", client.getReport("r1").id());

            OctoberClient jdkOnly = new OctoberClient(Fixtures.credentials(base), Fixtures.http(), RetryPolicy.none(),
                    Fixtures.settings());
            NetworkException untrusted = assertThrows(NetworkException.class, () -> jdkOnly.getReport("r1"));
            assertEquals(NetworkException.Kind.TLS, untrusted.kind());
        } finally {
            server.stop(0);
        }
    }

    private static HttpsServer httpsServer() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> {
            byte[] body = "{\"report\":{\"id\":\"r1\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static void keytool(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool hung");
        assertEquals(0, process.exitValue(), output);
    }
}
