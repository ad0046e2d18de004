package io.xraydesk.relay;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.CachedReport;
import io.xraydesk.store.ReportCache;
import io.xraydesk.store.RequestCache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which request the relay polls next: what webhooks did not cover. A request is due once it was not
 * read from the API for {@link WatchPolicy#maxInterval()} (its five X-Rays not all in) or {@link
 * WatchPolicy#completeInterval()} (all in), whoever read it last — the relay for a webhook, or a
 * desktop — so a request webhooks keep fresh is never polled. The most overdue goes first.
 *
 * <p>The team's requests are read from the store at most once per {@link #SWEEP_EVERY}; each one is
 * looked at again just before it is polled, in case a webhook refreshed it meanwhile.
 */
final class PollPlan {

    static final Duration SWEEP_EVERY = Duration.ofSeconds(30);

    private final RequestCache requests;
    private final ReportCache reports;
    private final WatchPolicy policy;
    private final Clock clock;
    private final Deque<String> overdue = new ArrayDeque<>();
    /** Requests the API refused to the relay, and until when they are not polled. */
    private final Map<String, Instant> putOff = new HashMap<>();
    private Instant sweptAt;

    PollPlan(RequestCache requests, ReportCache reports, WatchPolicy policy, Clock clock) {
        this.requests = requests;
        this.reports = reports;
        this.policy = policy;
        this.clock = clock;
    }

    /** The next request to poll now, if any is due. Reads the store. */
    Optional<String> next() {
        Instant now = clock.instant();
        if (overdue.isEmpty() && (sweptAt == null || !now.isBefore(sweptAt.plus(SWEEP_EVERY)))) {
            sweep(now);
        }
        while (!overdue.isEmpty()) {
            String id = overdue.poll();
            if (requests.find(id).filter(request -> isDue(request, now)).isPresent()) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }

    /** How long until the next sweep: how long the worker may sleep when nothing else is to be done. */
    Duration untilNextSweep() {
        if (sweptAt == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), sweptAt.plus(SWEEP_EVERY));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** The API refused this request: not polled again before a complete request would be. */
    void putOff(String requestId) {
        putOff.put(requestId, clock.instant().plus(policy.completeInterval()));
    }

    private void sweep(Instant now) {
        putOff.values().removeIf(until -> !now.isBefore(until));
        sweptAt = now;
        requests.all().stream().filter(request -> isDue(request, now))
                .sorted(Comparator.comparing(CachedRequest::fetchedAt)).map(CachedRequest::id)
                .forEach(overdue::add);
    }

    private boolean isDue(CachedRequest request, Instant now) {
        if (request.isMissing() || putOff.containsKey(request.id())) {
            return false; // the API said it does not know it, or refused it: nothing to poll now
        }
        boolean complete = allFiveIn(request.id());
        Duration interval = complete ? policy.completeInterval() : policy.maxInterval();
        return !now.isBefore(request.fetchedAt().plus(interval));
    }

    /** Each of the five X-Rays has reported at least once. */
    private boolean allFiveIn(String requestId) {
        Set<Source> reported = EnumSet.noneOf(Source.class);
        for (CachedReport report : reports.forRequest(requestId)) {
            Source.recognise(report.source()).ifPresent(reported::add);
        }
        return reported.size() == Source.values().length;
    }
}
