package io.xraydesk.api;

import java.time.Duration;
import java.util.Optional;

/** HTTP 5xx: the server (or S3) failed. {@link #retryAfter()} is set when it said when to come back. */
public class ServerException extends OctoberException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public ServerException(String message, int status, Duration retryAfter, String method, String path) {
        super(message, status, method, path);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
