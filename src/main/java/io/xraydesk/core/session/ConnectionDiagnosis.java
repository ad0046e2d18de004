package io.xraydesk.core.session;

import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.ProxySettings;
import io.xraydesk.api.log.Redactor;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * The "Test connection" of the network settings: resolves the name, opens a TCP connection, shakes
 * hands in TLS and makes one plain HTTP call, reporting each step as it ends so a failure says
 * exactly where the way is blocked. Through a manual proxy, DNS and TCP concern the proxy and TLS is
 * checked by the HTTP step (the tunnel is the proxy's). Stops at the first failure. No credentials
 * are sent: this tests the network, not the account. Blocking; interrupting the thread cancels it.
 */
public final class ConnectionDiagnosis {

    private ConnectionDiagnosis() {
    }

    public static List<DiagnosisStep> run(URI base, ConnectionSettings connection, Consumer<DiagnosisStep> listener)
            throws InterruptedException {
        List<DiagnosisStep> steps = new ArrayList<>();
        Consumer<DiagnosisStep> record = step -> {
            steps.add(step);
            listener.accept(step);
        };
        boolean viaProxy = connection.proxy().mode() == ProxySettings.Mode.MANUAL;
        String host = viaProxy ? connection.proxy().host() : base.getHost();
        int port = viaProxy ? connection.proxy().port() : portOf(base);
        int timeout = (int) Math.min(Integer.MAX_VALUE, connection.connectTimeout().toMillis());

        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
            record.accept(new DiagnosisStep(DiagnosisStep.Kind.DNS, DiagnosisStep.Status.PASSED, host + " → "
                    + Arrays.stream(addresses).map(InetAddress::getHostAddress).collect(Collectors.joining(", "))));
        } catch (IOException failure) {
            record.accept(failed(DiagnosisStep.Kind.DNS, host, failure));
            return steps;
        }
        checkInterrupted();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(addresses[0], port), timeout);
            record.accept(new DiagnosisStep(DiagnosisStep.Kind.TCP, DiagnosisStep.Status.PASSED,
                    addresses[0].getHostAddress() + ":" + port));
            checkInterrupted();
            if (!tls(base, viaProxy, socket, host, port, timeout, connection.sslContext(), record)) {
                return steps;
            }
        } catch (IOException failure) {
            record.accept(failed(DiagnosisStep.Kind.TCP, host + ":" + port, failure));
            return steps;
        }
        checkInterrupted();
        record.accept(http(base, connection));
        return steps;
    }

    private static boolean tls(URI base, boolean viaProxy, Socket socket, String host, int port, int timeout,
            SSLContext context, Consumer<DiagnosisStep> record) {
        if (!"https".equalsIgnoreCase(base.getScheme()) || viaProxy) {
            record.accept(new DiagnosisStep(DiagnosisStep.Kind.TLS, DiagnosisStep.Status.SKIPPED,
                    viaProxy ? "proxy" : "http"));
            return true;
        }
        try {
            SSLContext trust = context != null ? context : SSLContext.getDefault();
            socket.setSoTimeout(timeout);
            try (SSLSocket tls = (SSLSocket) trust.getSocketFactory().createSocket(socket, host, port, false)) {
                tls.startHandshake();
                record.accept(new DiagnosisStep(DiagnosisStep.Kind.TLS, DiagnosisStep.Status.PASSED,
                        tls.getSession().getProtocol() + ", " + tls.getSession().getPeerPrincipal().getName()));
                return true;
            }
        } catch (IOException | GeneralSecurityException failure) {
            record.accept(failed(DiagnosisStep.Kind.TLS, host, failure));
            return false;
        }
    }

    private static DiagnosisStep http(URI base, ConnectionSettings connection) throws InterruptedException {
        HttpClient client = HttpClientFactory.create(connection);
        HttpRequest request = HttpRequest.newBuilder(base)
                .timeout(connection.requestTimeout())
                .header("User-Agent", connection.userAgent())
                .GET().build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            // Any status proves the way is open: the account is checked at sign-in, not here.
            return new DiagnosisStep(DiagnosisStep.Kind.HTTP, DiagnosisStep.Status.PASSED,
                    "HTTP " + response.statusCode());
        } catch (IOException failure) {
            return failed(DiagnosisStep.Kind.HTTP, base.getHost(), failure);
        }
    }

    private static DiagnosisStep failed(DiagnosisStep.Kind kind, String target, Exception failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String why = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return new DiagnosisStep(kind, DiagnosisStep.Status.FAILED, Redactor.redact(target + " — " + why));
    }

    private static int portOf(URI base) {
        if (base.getPort() > 0) {
            return base.getPort();
        }
        return "https".equals(base.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
    }

    private static void checkInterrupted() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("connection test cancelled");
        }
    }
}
