package io.xraydesk.serving;

import java.time.Duration;
import java.util.Objects;

/**
 * How much a local HTTP server (the webhook receiver, the sandbox) gives one connection.
 *
 * @param maxExchanges requests served at the same time, each on its own thread; one more is refused
 *     by closing its connection, so a crowd of slow clients costs threads up to this number and no more
 * @param headerTimeout from a request's first byte to the end of its headers (TLS handshake included)
 * @param bodyIdleTimeout the longest silence while a request body is read; a body that keeps coming,
 *     such as a large upload on a slow link, is never cut
 */
public record ServingLimits(int maxExchanges, Duration headerTimeout, Duration bodyIdleTimeout) {

    public ServingLimits {
        if (maxExchanges < 1) {
            throw new IllegalArgumentException("maxExchanges must be at least 1, was " + maxExchanges);
        }
        requirePositive(headerTimeout, "headerTimeout");
        requirePositive(bodyIdleTimeout, "bodyIdleTimeout");
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + value);
        }
    }
}
