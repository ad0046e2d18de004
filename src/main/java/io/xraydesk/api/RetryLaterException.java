package io.xraydesk.api;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure the server may follow with "come back in …": a 429 or a 5xx. Keeps the {@code Retry-After}
 * it sent, if any, in one place for the retry loop and the screens that show the wait.
 */
public abstract class RetryLaterException extends OctoberException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    protected RetryLaterException(String message, int status, Duration retryAfter, String method, String path) {
        super(message, status, method, path);
        this.retryAfter = retryAfter;
    }

    /** The wait the server asked for, if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
