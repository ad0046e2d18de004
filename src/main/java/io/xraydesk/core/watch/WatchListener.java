package io.xraydesk.core.watch;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;

/**
 * What the {@link RequestWatcher} tells its listeners. Called on the watcher's thread, after the
 * caches were written: a UI listener hands over to its own thread. Every method has a no-op default.
 */
public interface WatchListener {

    /** A request's status, stage, name or update time differs from what was known. */
    default void requestChanged(AnalysisRequest request) {
    }

    /** A report not seen before (its source, and its grade in {@link Report#score()}). */
    default void newReport(AnalysisRequest request, Report report) {
    }

    /** The API refused the token (401): polling stopped, the analyst must sign in again. */
    default void authenticationLost(AuthenticationException failure) {
    }

    /**
     * The request cannot be read any more (404 or 403): it is no longer watched; after a 404 the cache
     * marks it as missing ({@code CachedRequest.missingSince}).
     */
    default void requestUnavailable(String requestId) {
    }
}
