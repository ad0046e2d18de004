package io.xraydesk.store;

import java.util.List;

/**
 * Who created or follows each request, for the team's portfolio ("Mine / Team"). Writes are checked
 * against {@link RequestFollower#version()} as in {@link RequestCache}.
 */
public interface RequestFollowers {

    /**
     * Stores the link (a new one at version 0, else a change of the stored one); returns it as stored.
     *
     * @throws StaleWriteException when the stored link is not at {@code follower.version()}
     */
    RequestFollower save(RequestFollower follower);

    /** Removes the link, provided it is still at {@code expectedVersion}. */
    void remove(String requestId, String analystId, long expectedVersion);

    /** The analysts linked to a request, the creator first, then by date. */
    List<RequestFollower> forRequest(String requestId);

    /** Every link of every request: a desktop's copy of the team's is refreshed from it in one read. */
    List<RequestFollower> all();

    /** The ids of the requests an analyst created or follows. */
    List<String> requestsOf(String analystId);
}
