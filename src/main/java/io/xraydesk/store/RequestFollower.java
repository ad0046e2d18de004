package io.xraydesk.store;

import java.time.Instant;

/**
 * An analyst linked to a request: the one who created it, or one who follows it. {@code version} as
 * in {@link CachedRequest}: that of the stored row it was read at, 0 for a link not stored yet.
 */
public record RequestFollower(String requestId, Analyst analyst, Relation relation, Instant since, long version) {

    /** How the analyst is linked to the request. */
    public enum Relation { CREATED, FOLLOWS }

    public RequestFollower {
        Required.nonNull("requestId, analyst, relation, since", requestId, analyst, relation, since);
        since = CachedRequest.millis(since);
        if (version < 0) {
            throw new IllegalArgumentException("version " + version);
        }
    }
}
