package io.xraydesk.core.watch;

import io.xraydesk.store.RequestOrigin;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The watch state of one request: its pace, when it is due, and the calls left in its current poll.
 * Guarded by the {@link RequestWatcher}'s lock.
 */
final class WatchedRequest {

    /** The two calls a poll is made of. */
    enum Call { REQUEST, REPORTS }

    final String id;
    final RequestOrigin originIfNew;
    Duration interval;
    Instant nextDue;
    /** Calls left in the current poll; empty between polls. */
    final Deque<Call> cycle = new ArrayDeque<>();
    boolean refreshRequest;
    boolean changedInCycle;
    /** Each of the five X-Rays had reported at the last reports call. */
    boolean complete;
    /**
     * An X-Ray of it is pending (launched at creation or by a document sent from here, see
     * docs/xray-states.md): the connection matters. New entries wait until their first reports call
     * says otherwise.
     */
    boolean awaitingReports = true;
    private long polls;

    WatchedRequest(String id, RequestOrigin originIfNew, boolean refreshRequest, Duration interval, Instant nextDue) {
        this.id = id;
        this.originIfNew = originIfNew;
        this.refreshRequest = refreshRequest;
        this.interval = interval;
        this.nextDue = nextDue;
    }

    boolean inPoll() {
        return !cycle.isEmpty();
    }

    /** Plans the calls of a new poll: the reports, and the request itself when asked or every n-th poll. */
    void startCycle(WatchPolicy policy) {
        polls++;
        changedInCycle = false;
        if (refreshRequest || polls % policy.requestRefreshEvery() == 0) {
            cycle.add(Call.REQUEST);
        }
        cycle.add(Call.REPORTS);
    }

    void finishIfDone(WatchPolicy policy, Jitter jitter, Instant now) {
        if (cycle.isEmpty()) {
            finishCycle(policy, jitter, now);
        }
    }

    /** Sets the next interval: fast after a change, doubled while quiet, slow once complete and quiet. */
    void finishCycle(WatchPolicy policy, Jitter jitter, Instant now) {
        if (changedInCycle) {
            interval = policy.fastInterval();
        } else if (complete && interval.compareTo(policy.maxInterval()) >= 0) {
            interval = policy.completeInterval();
        } else if (interval.compareTo(policy.maxInterval()) < 0) {
            Duration doubled = interval.multipliedBy(2);
            interval = doubled.compareTo(policy.maxInterval()) > 0 ? policy.maxInterval() : doubled;
        }
        nextDue = now.plus(jitter.apply(interval));
    }
}
