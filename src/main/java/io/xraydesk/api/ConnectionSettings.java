package io.xraydesk.api;

import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Everything about <em>how</em> to reach a server, shared by API and S3 calls: timeouts, proxy, TLS
 * trust ({@code sslContext} null = the JDK default) and User-Agent.
 */
public record ConnectionSettings(
        Duration connectTimeout,
        Duration requestTimeout,
        ProxySettings proxy,
        SSLContext sslContext,
        String userAgent) {

    public ConnectionSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(proxy, "proxy");
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent is empty");
        }
    }

    /** 10 s to connect, 60 s per call, system proxy, JDK trust, the XRayDesk User-Agent. */
    public static ConnectionSettings defaults() {
        return new ConnectionSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), ProxySettings.system(),
                null, defaultUserAgent());
    }

    /** {@code XRayDesk/<version> Java/<version>}; the app version comes from the jar manifest. */
    public static String defaultUserAgent() {
        String version = ConnectionSettings.class.getPackage().getImplementationVersion();
        return "XRayDesk/" + (version == null ? "dev" : version) + " Java/" + Runtime.version().feature();
    }

    public ConnectionSettings withProxy(ProxySettings newProxy) {
        return new ConnectionSettings(connectTimeout, requestTimeout, newProxy, sslContext, userAgent);
    }

    public ConnectionSettings withSslContext(SSLContext newSslContext) {
        return new ConnectionSettings(connectTimeout, requestTimeout, proxy, newSslContext, userAgent);
    }

    public ConnectionSettings withTimeouts(Duration newConnectTimeout, Duration newRequestTimeout) {
        return new ConnectionSettings(newConnectTimeout, newRequestTimeout, proxy, sslContext, userAgent);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
        }
    }
}
