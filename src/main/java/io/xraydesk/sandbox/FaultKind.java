package io.xraydesk.sandbox;

import java.util.Arrays;
import java.util.Optional;

/** The ways {@code POST /_sandbox/faults} can make the next matching calls misbehave. */
enum FaultKind {
    STATUS500("status500"),
    STATUS502("status502"),
    STATUS503("status503"),
    /** Rate limited, with a {@code Retry-After} header. */
    STATUS429("status429"),
    /** Accepts the call and never answers (until the sandbox closes). */
    HANG("hang"),
    /** Closes the connection without an answer. */
    RESET("reset"),
    /**
     * Stops reading the request half-way through its body (an upload cut in the middle) and drops the
     * connection; the unread bytes make the close a TCP reset. A call without a body is simply dropped.
     */
    RESET_MID_BODY("reset_mid_body"),
    /** Announces a body length, sends half of it and closes. */
    TRUNCATED("truncated"),
    /** 200 with a body that is not valid JSON. */
    MALFORMED("malformed"),
    /** 200 with valid JSON of a shape no endpoint returns. */
    UNEXPECTED_SHAPE("unexpected_shape"),
    /** 401 as if the credentials had been refused. */
    UNAUTHORIZED("unauthorized");

    private final String wire;

    FaultKind(String wire) {
        this.wire = wire;
    }

    String wire() {
        return wire;
    }

    static Optional<FaultKind> fromWire(String value) {
        return Arrays.stream(values()).filter(k -> k.wire.equals(value)).findFirst();
    }
}
