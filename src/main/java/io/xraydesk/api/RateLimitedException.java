package io.xraydesk.api;

import java.time.Duration;

/** HTTP 429: too many calls. {@link #retryAfter()} is the wait the server asked for, if it said. */
public class RateLimitedException extends RetryLaterException {

    private static final long serialVersionUID = 1L;

    public RateLimitedException(String message, Duration retryAfter, String method, String path) {
        super(message, 429, retryAfter, method, path);
    }
}
