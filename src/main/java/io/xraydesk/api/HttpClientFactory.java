package io.xraydesk.api;

import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.security.NoSuchAlgorithmException;

/**
 * The one place an {@link HttpClient} is built, for API and S3 calls alike, so proxy, trust,
 * timeouts apply everywhere. HTTP/1.1 (S3 presigned POSTs and corporate proxies are happiest with
 * it); redirects are never followed, so the October headers can never be carried to another host.
 */
public final class HttpClientFactory {

    private HttpClientFactory() {
    }

    public static HttpClient create(ConnectionSettings settings) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                .sslContext(settings.sslContext() != null ? settings.sslContext() : jdkDefaultSslContext());
        ProxySettings proxy = settings.proxy();
        switch (proxy.mode()) {
            case NONE -> builder.proxy(HttpClient.Builder.NO_PROXY);
            case SYSTEM -> builder.proxy(systemProxySelector());
            case MANUAL -> {
                builder.proxy(ProxySelector.of(InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
                if (proxy.hasCredentials()) {
                    builder.authenticator(new ProxyOnlyAuthenticator(proxy));
                }
            }
        }
        return builder.build();
    }

    /**
     * The OS proxy configuration. {@code java.net.useSystemProxies} is read once, when the JDK's
     * default selector is first used, so it is switched on here unless the launcher decided otherwise.
     */
    private static ProxySelector systemProxySelector() {
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
        ProxySelector selector = ProxySelector.getDefault();
        return selector != null ? selector : HttpClient.Builder.NO_PROXY;
    }

    private static javax.net.ssl.SSLContext jdkDefaultSslContext() {
        try {
            return javax.net.ssl.SSLContext.getDefault();
        } catch (NoSuchAlgorithmException broken) {
            throw new IllegalStateException("this Java runtime has no TLS implementation", broken);
        }
    }

    /** Answers the proxy's challenge only: a server's 401 must never receive the proxy password. */
    private static final class ProxyOnlyAuthenticator extends Authenticator {

        private final ProxySettings proxy;

        ProxyOnlyAuthenticator(ProxySettings proxy) {
            this.proxy = proxy;
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            if (getRequestorType() != RequestorType.PROXY) {
                return null;
            }
            return new PasswordAuthentication(proxy.username(), proxy.password());
        }
    }
}
