package io.xraydesk.relay;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** What {@code GET /health} reports besides the team store: when the last poll of the API was made. */
final class RelayStatus {

    private final AtomicReference<Instant> lastPoll = new AtomicReference<>();

    void polled(Instant at) {
        lastPoll.set(at);
    }

    Optional<Instant> lastPoll() {
        return Optional.ofNullable(lastPoll.get());
    }
}
