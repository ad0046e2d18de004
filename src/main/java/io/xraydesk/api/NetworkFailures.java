package io.xraydesk.api;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

/**
 * Turns the I/O failures of {@code java.net.http} into {@link NetworkException}s, and decides whether
 * the request may have reached the server: a failure to resolve, connect or shake hands happens before
 * any byte of the request is written; anything later leaves the outcome open.
 */
final class NetworkFailures {

    private NetworkFailures() {
    }

    /**
     * @param idempotent when false and the bytes may have left, the result is an
     *     {@link OutcomeUnknownException} so nobody repeats the call blindly
     */
    static NetworkException translate(IOException failure, String host, String method, String path,
            boolean idempotent) {
        NetworkException.Kind kind = kindOf(failure);
        NetworkException network = new NetworkException(describe(kind, host), kind, host, method, path, failure);
        return idempotent || sentNothing(failure) ? network : new OutcomeUnknownException(network);
    }

    /**
     * True when the failure is really an HTTP 401. With a proxy Authenticator installed, the JDK 17
     * client handles every 401 itself: our Authenticator declines (it answers proxies only), and the
     * client then throws one of these IOExceptions instead of returning the response. JDK 21+ can
     * return the response, but not on 17, so the two messages are recognised here, in one place.
     */
    static boolean isRefusedServerChallenge(IOException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        return message.equals("No credentials provided")
                || message.startsWith("WWW-Authenticate header missing for response code 401");
    }

    private static boolean sentNothing(IOException failure) {
        return failure instanceof HttpConnectTimeoutException || failure instanceof ConnectException
                || has(failure, UnknownHostException.class) || has(failure, UnresolvedAddressException.class)
                || has(failure, SSLHandshakeException.class);
    }

    static NetworkException.Kind kindOf(IOException failure) {
        if (has(failure, UnknownHostException.class) || has(failure, UnresolvedAddressException.class)) {
            return NetworkException.Kind.DNS;
        }
        if (failure instanceof HttpTimeoutException) {
            return NetworkException.Kind.TIMEOUT;
        }
        if (has(failure, SSLException.class)) {
            return NetworkException.Kind.TLS;
        }
        if (has(failure, ConnectException.class)) {
            return NetworkException.Kind.CONNECT;
        }
        if (has(failure, EOFException.class) || mentionsReset(failure)) {
            return NetworkException.Kind.RESET;
        }
        return NetworkException.Kind.OTHER;
    }

    private static boolean mentionsReset(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("reset") || message.contains("closed") || message.contains("broken pipe")
                    || message.contains("received no bytes")) {
                return true;
            }
        }
        return false;
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(NetworkException.Kind kind, String host) {
        return switch (kind) {
            case DNS -> "the name " + host + " could not be resolved";
            case CONNECT -> "could not connect to " + host;
            case TIMEOUT -> host + " did not answer in time";
            case TLS -> "secure connection to " + host + " failed (certificate or TLS problem)";
            case RESET -> "the connection to " + host + " was closed before the answer arrived";
            case OTHER -> "network failure talking to " + host;
        };
    }
}
