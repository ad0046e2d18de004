package io.xraydesk.api;

import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Everything about <em>how</em> to reach a server, shared by API and S3 calls: timeouts, proxy, TLS
 * trust ({@code sslContext} null = the JDK default), User-Agent, and how much of an answer is read.
 *
 * @param requestTimeout the limit of one attempt, from sending to the last byte of the answer
 * @param callDeadline the limit of a whole call, its retries and the back-off between them included, so
 *     that a server answering one byte at a time cannot hold a command for attempts × requestTimeout;
 *     only a wait the server itself asked for ({@code Retry-After}) is added to it
 */
public record ConnectionSettings(
        Duration connectTimeout,
        Duration requestTimeout,
        Duration callDeadline,
        ProxySettings proxy,
        SSLContext sslContext,
        String userAgent,
        AnswerLimits answerLimits) {

    public ConnectionSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(callDeadline, "callDeadline");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(answerLimits, "answerLimits");
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent is empty");
        }
    }

    /**
     * 10 s to connect, 60 s per attempt, 90 s per call, system proxy, JDK trust, the XRayDesk
     * User-Agent, the default answer limits.
     */
    public static ConnectionSettings defaults() {
        return new ConnectionSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofSeconds(90),
                ProxySettings.system(), null, defaultUserAgent(), AnswerLimits.defaults());
    }

    /** {@code XRayDesk/<version> Java/<version>}; the app version comes from the jar manifest. */
    public static String defaultUserAgent() {
        String version = ConnectionSettings.class.getPackage().getImplementationVersion();
        return "XRayDesk/" + (version == null ? "dev" : version) + " Java/" + Runtime.version().feature();
    }

    public ConnectionSettings withProxy(ProxySettings newProxy) {
        return new ConnectionSettings(connectTimeout, requestTimeout, callDeadline, newProxy, sslContext, userAgent,
                answerLimits);
    }

    public ConnectionSettings withSslContext(SSLContext newSslContext) {
        return new ConnectionSettings(connectTimeout, requestTimeout, callDeadline, proxy, newSslContext, userAgent,
                answerLimits);
    }

    /** New connect and per-attempt timeouts; the call deadline is kept, raised to one attempt if shorter. */
    public ConnectionSettings withTimeouts(Duration newConnectTimeout, Duration newRequestTimeout) {
        Duration deadline = newRequestTimeout != null && newRequestTimeout.compareTo(callDeadline) > 0
                ? newRequestTimeout : callDeadline;
        return new ConnectionSettings(newConnectTimeout, newRequestTimeout, deadline, proxy, sslContext, userAgent,
                answerLimits);
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
        }
    }
}
