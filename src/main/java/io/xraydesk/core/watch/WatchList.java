package io.xraydesk.core.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The watched requests, and which one the next call is for: a request in the middle of a poll
 * first, then the longest overdue, then, when no call went out for a heartbeat, the pending one due
 * soonest. Guarded by the {@link RequestWatcher}'s lock.
 */
final class WatchList {

    private final Map<String, WatchedRequest> byId = new HashMap<>();
    private final WatchPolicy policy;

    WatchList(WatchPolicy policy) {
        this.policy = policy;
    }

    WatchedRequest get(String id) {
        return byId.get(id);
    }

    boolean contains(String id) {
        return byId.containsKey(id);
    }

    void putIfAbsent(WatchedRequest entry) {
        byId.putIfAbsent(entry.id, entry);
    }

    void remove(String id) {
        byId.remove(id);
    }

    int size() {
        return byId.size();
    }

    /** Whether a watched request waits for a report known to be coming: the connection matters. */
    boolean needsPolling() {
        return byId.values().stream().anyMatch(w -> w.awaitingReports);
    }

    /**
     * The request the next call is for, among those {@code mine} accepts (in a team, the others are
     * polled by another member); null when none is due.
     */
    WatchedRequest next(Instant now, Instant lastCallAt, Predicate<String> mine) {
        WatchedRequest overdue = mostOverdue(now, mine);
        return overdue != null ? overdue : heartbeatDue(now, lastCallAt, mine);
    }

    /** The next poll of a request {@code mine} accepts, or the next heartbeat if sooner. */
    Optional<Instant> nextWake(Instant now, Instant lastCallAt, Predicate<String> mine) {
        Optional<Instant> due = byId.values().stream().filter(w -> mine.test(w.id)).map(w -> w.nextDue)
                .min(Instant::compareTo);
        // A heartbeat only for a request this desktop polls: another member's would never be sent, and
        // a heartbeat past due but never sent would wake the pump at once, again and again.
        boolean beats = byId.values().stream().anyMatch(w -> w.awaitingReports && mine.test(w.id));
        if (!beats || !policy.hasHeartbeat()) {
            return due;
        }
        Instant beat = lastCallAt == null ? now : lastCallAt.plus(policy.heartbeat());
        return Optional.of(due.filter(d -> d.isBefore(beat)).orElse(beat));
    }

    /** The delay before {@code id}'s next poll starts. */
    Optional<Duration> interval(String id) {
        return Optional.ofNullable(byId.get(id)).map(w -> w.interval);
    }

    /**
     * A request in the middle of a poll is always due: a poll the heartbeat started early would
     * otherwise leave its follow-up call waiting for the request's own, later, due time.
     */
    private WatchedRequest mostOverdue(Instant now, Predicate<String> mine) {
        WatchedRequest best = null;
        for (WatchedRequest w : byId.values()) {
            if (!w.inPoll() && (w.nextDue.isAfter(now) || !mine.test(w.id))) {
                continue;
            }
            if (best == null || (w.inPoll() && !best.inPoll())
                    || (w.inPoll() == best.inPoll() && w.nextDue.isBefore(best.nextDue))) {
                best = w;
            }
        }
        return best;
    }

    /** The pending request due soonest, when no call was sent for a heartbeat; else null. */
    private WatchedRequest heartbeatDue(Instant now, Instant lastCallAt, Predicate<String> mine) {
        if (!policy.hasHeartbeat() || (lastCallAt != null && now.isBefore(lastCallAt.plus(policy.heartbeat())))) {
            return null;
        }
        return byId.values().stream().filter(w -> w.awaitingReports && mine.test(w.id))
                .min(Comparator.comparing(w -> w.nextDue)).orElse(null);
    }
}
