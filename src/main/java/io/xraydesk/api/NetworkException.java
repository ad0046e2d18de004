package io.xraydesk.api;

/**
 * No HTTP answer: the name did not resolve, the connection failed or timed out, TLS failed, or the
 * connection broke. {@link #host()} names the host so the message can say which one.
 */
public class NetworkException extends OctoberException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, coarse enough for a user-facing message. */
    public enum Kind { DNS, CONNECT, TIMEOUT, TLS, RESET, OTHER }

    private final Kind kind;
    private final String host;

    public NetworkException(String message, Kind kind, String host, String method, String path, Throwable cause) {
        super(message, NO_STATUS, method, path, cause);
        this.kind = kind;
        this.host = host;
    }

    public Kind kind() {
        return kind;
    }

    public String host() {
        return host;
    }
}
