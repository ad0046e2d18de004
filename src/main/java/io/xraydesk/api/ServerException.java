package io.xraydesk.api;

import java.time.Duration;

/** HTTP 5xx: the server (or S3) failed. {@link #retryAfter()} is set when it said when to come back. */
public class ServerException extends RetryLaterException {

    private static final long serialVersionUID = 1L;

    public ServerException(String message, int status, Duration retryAfter, String method, String path) {
        super(message, status, retryAfter, method, path);
    }
}
