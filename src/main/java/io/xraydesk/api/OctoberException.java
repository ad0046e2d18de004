package io.xraydesk.api;

/**
 * Base of every failure of the October client. Carries the HTTP status when the server answered
 * ({@link #NO_STATUS} otherwise), and the method and path of the call — the path never includes its
 * query, and no message of this family ever contains a header value.
 */
public class OctoberException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final int NO_STATUS = 0;

    private final int status;
    private final String method;
    private final String path;
    private final String detail;

    public OctoberException(String message, int status, String method, String path, Throwable cause) {
        super(describe(message, status, method, path), cause);
        this.detail = message;
        this.status = status;
        this.method = method;
        this.path = path;
    }

    public OctoberException(String message, int status, String method, String path) {
        this(message, status, method, path, null);
    }

    /** HTTP status of the answer, or {@link #NO_STATUS} when no answer arrived. */
    public int status() {
        return status;
    }

    public String method() {
        return method;
    }

    /** Path of the call, without its query string. */
    public String path() {
        return path;
    }

    /** What went wrong, without the method, path and status that {@link #getMessage()} starts with. */
    public String detail() {
        return detail;
    }

    private static String describe(String message, int status, String method, String path) {
        StringBuilder text = new StringBuilder();
        if (method != null) {
            text.append(method).append(' ').append(path).append(": ");
        }
        if (status != NO_STATUS) {
            text.append("HTTP ").append(status).append(' ');
        }
        return text.append(message).toString();
    }
}
