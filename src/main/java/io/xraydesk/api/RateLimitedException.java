package io.xraydesk.api;

import java.time.Duration;
import java.util.Optional;

/** HTTP 429: too many calls. {@link #retryAfter()} is the wait the server asked for, if it said. */
public class RateLimitedException extends OctoberException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter, String method, String path) {
        super(message, 429, method, path);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
