package io.xraydesk.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One webhook delivery the relay accepted (docs/team.md, "The relay"): the event, the request it
 * names, the report for a {@code new_report}, and when it was received. Its {@link #key()} is what
 * tells a duplicate apart, since deliveries carry no id of their own.
 */
public record RelayDelivery(String event, String requestId, String reportId, Instant receivedAt) {

    public RelayDelivery {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(receivedAt, "receivedAt");
        receivedAt = CachedRequest.millis(receivedAt);
    }

    /** {@code <event>/<request id>/<report id or empty>}. */
    public String key() {
        return event + "/" + requestId + "/" + (reportId == null ? "" : reportId);
    }
}
