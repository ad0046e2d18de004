package io.xraydesk.core.watch;

import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.NetworkException;
import io.xraydesk.api.NotFoundException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.PermissionException;
import io.xraydesk.api.RateLimitedException;
import io.xraydesk.api.ServerException;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.requests.KnownIdentity;
import io.xraydesk.store.CachedReport;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.ReportCache;
import io.xraydesk.store.RequestCache;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.StaleWriteException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The one owner of polling {@code GET /requests/{id}} and {@code GET /reports?request=…}. Every watched
 * request has its own adaptive interval (fast after {@link #nudge}, doubling while nothing changes,
 * fast again on a change, slow once its five X-Rays are in), but all of them share one budget of
 * HTTP calls per second ({@link TokenBucket}): a thousand watched requests poll no faster than one.
 * The most overdue request goes first, so under a tight budget every request still gets its turn.
 *
 * <p>One call at a time, on the {@link WatchScheduler}'s thread. {@code Retry-After} pauses all polling
 * for the time asked; a network failure pauses it with backoff and shows {@link
 * ConnectionStatus#OFFLINE_RETRYING} until a call succeeds again; a 401 stops it for good. Fetched
 * requests and reports go to the caches before listeners hear of them.
 *
 * <p>Give it an {@link OctoberClient} without retries ({@code RetryPolicy.none()}): the watcher is its
 * own retry loop, and client-side retries would spend calls outside the budget and block its thread.
 */
public final class RequestWatcher {

    private static final Logger LOG = Logger.getLogger(RequestWatcher.class.getName());

    /** The two calls a poll is made of. */
    private enum Call { REQUEST, REPORTS }

    /** The watch state of one request. Guarded by the watcher's lock. */
    private static final class Watched {
        final String id;
        final RequestOrigin originIfNew;
        Duration interval;
        Instant nextDue;
        /** Calls left in the current poll; empty between polls. */
        final Deque<Call> cycle = new ArrayDeque<>();
        boolean refreshRequest;
        boolean changedInCycle;
        /** The five X-Rays had all reported at the last reports call. */
        boolean complete;
        /**
         * A report it waits for is known to be coming (launched at creation or by an action of this
         * installation, see {@link SourceSummary#awaitsReports}): the connection matters. New entries
         * wait until their first reports call says otherwise.
         */
        boolean awaitingReports = true;
        long polls;

        Watched(String id, RequestOrigin originIfNew, boolean refreshRequest, Duration interval, Instant nextDue) {
            this.id = id;
            this.originIfNew = originIfNew;
            this.refreshRequest = refreshRequest;
            this.interval = interval;
            this.nextDue = nextDue;
        }
    }

    private final OctoberClient client;
    private final RequestCache requests;
    private final ReportCache reports;
    private final WatchPolicy policy;
    private final Clock clock;
    private final WatchScheduler scheduler;
    private final Random random;
    private final List<WatchListener> listeners = new CopyOnWriteArrayList<>();

    private final Map<String, Watched> watched = new HashMap<>();
    private final TokenBucket budget;
    private WatchScheduler.Scheduled next;
    private boolean running;
    private boolean pumping;
    private boolean authenticationLost;
    private Instant pausedUntil;
    /** When the last call was sent, for the heartbeat. */
    private Instant lastCallAt;
    private Duration failureBackoff;
    private ConnectionStatus status = ConnectionStatus.CONNECTING;

    public RequestWatcher(OctoberClient client, RequestCache requests, ReportCache reports, WatchPolicy policy,
            Clock clock, WatchScheduler scheduler, Random random) {
        this.client = Objects.requireNonNull(client, "client");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.random = Objects.requireNonNull(random, "random");
        this.budget = new TokenBucket(policy.callsPerSecond(), clock.instant());
        this.failureBackoff = policy.offlineRetry();
    }

    public void addListener(WatchListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(WatchListener listener) {
        listeners.remove(listener);
    }

    /**
     * Watches every request of the cache (at its slow pace: their state is already known) but those
     * the server no longer knows, and starts polling. Reads the cache: call it off the UI thread.
     */
    public void start() {
        List<CachedRequest> known = requests.all();
        synchronized (this) {
            Instant now = clock.instant();
            for (CachedRequest request : known) {
                if (request.isMissing()) {
                    continue; // the server said it does not know it: nothing to poll
                }
                SourceSummary summary = SourceSummary.fromJson(request.sourceSummaryJson());
                Duration interval = summary.isComplete() ? policy.completeInterval() : policy.maxInterval();
                // Spread the first polls over one interval instead of firing them all at once.
                Watched entry = new Watched(request.id(), request.origin(), false, interval,
                        now.plus(jittered(policy.fastInterval().plus(scaled(interval, random.nextDouble())))));
                entry.complete = summary.isComplete();
                entry.awaitingReports = summary.awaitsReports();
                watched.putIfAbsent(request.id(), entry);
            }
            running = true;
            reschedule(Duration.ZERO);
        }
    }

    /** Stops polling; {@link #start()} resumes it. Nothing is forgotten. */
    public synchronized void stop() {
        running = false;
        cancelNext();
    }

    /** Watches {@code requestId} (fast, as it is new to the watcher); {@code origin} is recorded if the cache does not know it. */
    public synchronized void watch(String requestId, RequestOrigin origin) {
        Watched entry = watched.get(requestId);
        if (entry == null) {
            watched.put(requestId, new Watched(requestId, origin, true, policy.fastInterval(), clock.instant()));
            if (!pumping) {
                reschedule(Duration.ZERO);
            }
        }
    }

    /**
     * Something probably happened to {@code requestId} (created, a document uploaded, a webhook): poll
     * it now (budget permitting) and fast for a while. An unknown id is watched, recorded as seen
     * through a webhook if the cache does not know it either.
     */
    public synchronized void nudge(String requestId) {
        Watched entry = watched.get(requestId);
        if (entry == null) {
            watch(requestId, RequestOrigin.WEBHOOK);
            return;
        }
        entry.interval = policy.fastInterval();
        entry.refreshRequest = true;
        if (entry.cycle.isEmpty()) {
            entry.nextDue = clock.instant();
        }
        if (!pumping) {
            reschedule(Duration.ZERO);
        }
    }

    /**
     * An action of this installation launched these X-Rays (an upload launches Doc, and Bank or
     * Financial for their document kinds): the list shows them pending until they report. Nudges too.
     * Writes the cache: call it off the UI thread.
     */
    public void expectReports(String requestId, Collection<Source> sources) {
        Set<String> wire = sources.stream().map(Source::wire).collect(Collectors.toSet());
        requests.find(requestId).ifPresent(cached -> requests.upsert(withSummary(cached,
                SourceSummary.fromJson(cached.sourceSummaryJson()).expecting(wire))));
        synchronized (this) {
            Optional.ofNullable(watched.get(requestId)).ifPresent(entry -> entry.awaitingReports = true);
        }
        nudge(requestId);
    }

    /**
     * Reads a request by id (for one created elsewhere), stores it and its reports in the cache as
     * {@link RequestOrigin#OPENED_BY_ID} and watches it. Blocking; a user action, so it does not wait
     * for the polling budget. Failures are the client's {@link OctoberException}s.
     */
    public AnalysisRequest openById(String requestId) {
        AnalysisRequest answer;
        try {
            answer = client.getRequest(requestId);
        } catch (NotFoundException gone) {
            requests.markMissing(requestId, clock.instant());
            throw gone;
        }
        List<Report> all = client.listReports(requestId, null);
        Instant now = clock.instant();
        Optional<CachedRequest> known = requests.find(requestId);
        AnalysisRequest request = known.map(cached -> KnownIdentity.completed(answer, cached)).orElse(answer);
        RequestOrigin origin = known.map(CachedRequest::origin).orElse(RequestOrigin.OPENED_BY_ID);
        SourceSummary summary = known.map(c -> SourceSummary.fromJson(c.sourceSummaryJson()))
                .orElse(SourceSummary.EMPTY).withReports(all).withStage(request.stage());
        requests.upsert(RequestRecords.toCached(request, origin, summary, now)
                .basedOn(known.map(CachedRequest::version).orElse(0L)));
        // A report never changes once issued: only those not stored yet are written.
        Set<String> stored = reports.forRequest(requestId).stream().map(CachedReport::id).collect(Collectors.toSet());
        all.stream().filter(report -> report.id() != null && !stored.contains(report.id()))
                .forEach(report -> reports.upsert(RequestRecords.toCached(report, now)));
        synchronized (this) {
            watched.putIfAbsent(requestId, new Watched(requestId, origin, false, policy.fastInterval(),
                    now.plus(jittered(policy.fastInterval()))));
            reschedule(Duration.ZERO);
        }
        return request;
    }

    public synchronized ConnectionStatus connectionStatus() {
        return status;
    }

    /** Whether a watched request waits for a report known to be coming: the connection matters. */
    public synchronized boolean needsPolling() {
        return needsPollingLocked();
    }

    public synchronized int watchedCount() {
        return watched.size();
    }

    public synchronized boolean isWatching(String requestId) {
        return watched.containsKey(requestId);
    }

    /** The delay before {@code requestId}'s next poll starts, for tests and diagnostics. */
    public synchronized Optional<Duration> currentInterval(String requestId) {
        return Optional.ofNullable(watched.get(requestId)).map(w -> w.interval);
    }

    // ---- the pump: one call per run, then it schedules itself again --------------------------------

    private void pump() {
        Watched entry;
        Call call;
        synchronized (this) {
            next = null;
            if (!running || authenticationLost) {
                return;
            }
            Instant now = clock.instant();
            if (pausedUntil != null && now.isBefore(pausedUntil)) {
                reschedule(Duration.between(now, pausedUntil));
                return;
            }
            entry = mostOverdue(now);
            if (entry == null) {
                entry = heartbeatDue(now);
            }
            if (entry == null) {
                nextWake(now).ifPresent(due -> reschedule(Duration.between(now, due)));
                return;
            }
            Duration wait = budget.waitTime(now);
            if (!wait.isZero()) {
                reschedule(wait);
                return;
            }
            budget.tryTake(now);
            lastCallAt = now;
            if (entry.cycle.isEmpty()) {
                startCycle(entry);
            }
            call = entry.cycle.poll();
            pumping = true;
        }
        List<Runnable> events = new ArrayList<>();
        try {
            perform(entry, call, events);
        } finally {
            synchronized (this) {
                pumping = false;
                if (running && !authenticationLost) {
                    reschedule(Duration.ZERO);
                }
            }
        }
        events.forEach(Runnable::run);
    }

    private void startCycle(Watched entry) {
        entry.polls++;
        entry.changedInCycle = false;
        if (entry.refreshRequest || entry.polls % policy.requestRefreshEvery() == 0) {
            entry.cycle.add(Call.REQUEST);
        }
        entry.cycle.add(Call.REPORTS);
    }

    private void perform(Watched entry, Call call, List<Runnable> events) {
        try {
            switch (call) {
                case REQUEST -> requestFetched(entry, client.getRequest(entry.id), events);
                case REPORTS -> reportsFetched(entry, client.listReports(entry.id, null), events);
            }
            succeeded(events);
        } catch (AuthenticationException e) {
            synchronized (this) {
                authenticationLost = true;
                running = false;
                cancelNext();
            }
            events.add(() -> listeners.forEach(l -> l.authenticationLost(e)));
        } catch (NotFoundException | PermissionException e) {
            synchronized (this) {
                watched.remove(entry.id);
            }
            if (e instanceof NotFoundException) {
                // Kept for reading, never shown as current: the read model says "not found on the server".
                requests.markMissing(entry.id, clock.instant());
            }
            succeeded(events);
            events.add(() -> listeners.forEach(l -> l.requestUnavailable(entry.id)));
        } catch (RateLimitedException e) {
            pauseAndRetry(entry, call, e.retryAfter().orElse(null), false, events);
        } catch (ServerException e) {
            pauseAndRetry(entry, call, e.retryAfter().orElse(null), false, events);
        } catch (NetworkException e) {
            pauseAndRetry(entry, call, null, true, events);
        } catch (StaleWriteException e) {
            // Another desktop of the team stored this row between our read and our write: make the same
            // call again, so what is stored next is based on what they stored.
            synchronized (this) {
                entry.cycle.addFirst(call);
            }
            succeeded(events);
        } catch (OctoberException e) {
            // Malformed or unexpected answer: skip this poll rather than loop on it; the next may be fine.
            LOG.log(Level.WARNING, "watcher: " + e.getMessage());
            synchronized (this) {
                entry.cycle.clear();
                finishCycle(entry, clock.instant());
            }
            succeeded(events);
        }
    }

    private void requestFetched(Watched entry, AnalysisRequest answer, List<Runnable> events) {
        Instant now = clock.instant();
        Optional<CachedRequest> cached = requests.find(entry.id);
        AnalysisRequest fresh = cached.map(known -> KnownIdentity.completed(answer, known)).orElse(answer);
        boolean changed = cached.map(c -> RequestRecords.differs(c, fresh)).orElse(true);
        RequestOrigin origin = cached.map(CachedRequest::origin).orElse(entry.originIfNew);
        SourceSummary summary = cached.map(c -> SourceSummary.fromJson(c.sourceSummaryJson()))
                .orElse(SourceSummary.EMPTY).withStage(fresh.stage());
        requests.upsert(RequestRecords.toCached(fresh, origin, summary, now)
                .basedOn(cached.map(CachedRequest::version).orElse(0L)));
        synchronized (this) {
            entry.refreshRequest = false;
            entry.changedInCycle |= changed;
            finishIfDone(entry, now);
        }
        if (changed) {
            events.add(() -> listeners.forEach(l -> l.requestChanged(fresh)));
        }
    }

    private void reportsFetched(Watched entry, List<Report> all, List<Runnable> events) {
        Instant now = clock.instant();
        Optional<CachedRequest> cached = requests.find(entry.id);
        if (cached.isEmpty()) {
            // Reports hang off a cached request (foreign key): read the request first, then come back.
            synchronized (this) {
                entry.cycle.addFirst(Call.REPORTS);
                entry.cycle.addFirst(Call.REQUEST);
            }
            return;
        }
        Set<String> known = reports.forRequest(entry.id).stream().map(CachedReport::id).collect(Collectors.toSet());
        List<Report> fresh = all.stream().filter(r -> r.id() != null && !known.contains(r.id())).toList();
        fresh.forEach(report -> reports.upsert(RequestRecords.toCached(report, now)));
        SourceSummary before = SourceSummary.fromJson(cached.get().sourceSummaryJson());
        SourceSummary after = before.withReports(all);
        if (!after.equals(before)) {
            requests.upsert(withSummary(cached.get(), after));
        }
        synchronized (this) {
            if (!fresh.isEmpty()) {
                entry.changedInCycle = true;
                // The status usually moves with a report: read the request in this same poll.
                entry.refreshRequest = true;
                entry.cycle.addFirst(Call.REQUEST);
            }
            entry.complete = after.isComplete();
            entry.awaitingReports = after.awaitsReports();
            finishIfDone(entry, now);
        }
        if (!fresh.isEmpty()) {
            AnalysisRequest request = RequestRecords.request(cached.get()).orElse(null);
            for (Report report : fresh) {
                events.add(() -> listeners.forEach(l -> l.newReport(request, report)));
            }
        }
    }

    private void finishIfDone(Watched entry, Instant now) {
        if (entry.cycle.isEmpty()) {
            finishCycle(entry, now);
        }
    }

    /** Sets the next interval: fast after a change, doubled while quiet, slow once complete and quiet. */
    private void finishCycle(Watched entry, Instant now) {
        if (entry.changedInCycle) {
            entry.interval = policy.fastInterval();
        } else if (entry.complete && entry.interval.compareTo(policy.maxInterval()) >= 0) {
            entry.interval = policy.completeInterval();
        } else if (entry.interval.compareTo(policy.maxInterval()) < 0) {
            Duration doubled = entry.interval.multipliedBy(2);
            entry.interval = doubled.compareTo(policy.maxInterval()) > 0 ? policy.maxInterval() : doubled;
        }
        entry.nextDue = now.plus(jittered(entry.interval));
    }

    private void succeeded(List<Runnable> events) {
        synchronized (this) {
            failureBackoff = policy.offlineRetry();
            pausedUntil = null;
            setStatus(ConnectionStatus.ONLINE, events);
        }
    }

    /**
     * Puts the failed call back in front and pauses every call: the server asked for it ({@code
     * retryAfter}), it failed (5xx, backoff), or it could not be reached (backoff, offline state).
     */
    private void pauseAndRetry(Watched entry, Call call, Duration retryAfter, boolean offline, List<Runnable> events) {
        synchronized (this) {
            if (watched.containsKey(entry.id)) {
                entry.cycle.addFirst(call);
            }
            Instant now = clock.instant();
            Duration wait;
            if (retryAfter != null) {
                wait = retryAfter;
            } else {
                wait = jittered(failureBackoff);
                Duration doubled = failureBackoff.multipliedBy(2);
                failureBackoff = doubled.compareTo(policy.offlineRetryMax()) > 0 ? policy.offlineRetryMax() : doubled;
            }
            pausedUntil = now.plus(wait);
            if (offline) {
                setStatus(ConnectionStatus.OFFLINE_RETRYING, events);
            }
        }
    }

    private void setStatus(ConnectionStatus next, List<Runnable> events) {
        if (status != next) {
            status = next;
            events.add(() -> listeners.forEach(l -> l.connectionChanged(next)));
        }
    }

    /** A request in the middle of a poll first (its follow-up call), then the longest overdue one. */
    private Watched mostOverdue(Instant now) {
        Watched best = null;
        for (Watched w : watched.values()) {
            if (w.nextDue.isAfter(now)) {
                continue;
            }
            if (best == null || (!w.cycle.isEmpty() && best.cycle.isEmpty())
                    || (w.cycle.isEmpty() == best.cycle.isEmpty() && w.nextDue.isBefore(best.nextDue))) {
                best = w;
            }
        }
        return best;
    }

    /**
     * The request awaiting a report due soonest, when no call was sent for a heartbeat (the policy's
     * {@code heartbeat}); else null.
     */
    private Watched heartbeatDue(Instant now) {
        if (!policy.hasHeartbeat() || (lastCallAt != null && now.isBefore(lastCallAt.plus(policy.heartbeat())))) {
            return null;
        }
        return watched.values().stream().filter(w -> w.awaitingReports).min(Comparator.comparing(w -> w.nextDue))
                .orElse(null);
    }

    /** The next poll due, or the next heartbeat if sooner. */
    private Optional<Instant> nextWake(Instant now) {
        Optional<Instant> due = watched.values().stream().map(w -> w.nextDue).min(Instant::compareTo);
        if (!needsPollingLocked() || !policy.hasHeartbeat()) {
            return due;
        }
        Instant beat = lastCallAt == null ? now : lastCallAt.plus(policy.heartbeat());
        return Optional.of(due.filter(d -> d.isBefore(beat)).orElse(beat));
    }

    private boolean needsPollingLocked() {
        return watched.values().stream().anyMatch(w -> w.awaitingReports);
    }

    private void reschedule(Duration delay) {
        if (!running || authenticationLost) {
            return;
        }
        cancelNext();
        next = scheduler.schedule(this::pump, delay.isNegative() ? Duration.ZERO : delay);
    }

    private void cancelNext() {
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    private Duration jittered(Duration interval) {
        return scaled(interval, 1 + policy.jitter() * (2 * random.nextDouble() - 1));
    }

    private static Duration scaled(Duration duration, double factor) {
        return Duration.ofMillis(Math.max(0, Math.round(duration.toMillis() * factor)));
    }

    private static CachedRequest withSummary(CachedRequest cached, SourceSummary summary) {
        return new CachedRequest(cached.id(), cached.codeType(), cached.codeId(), cached.businessName(),
                cached.status(), cached.stage(), cached.createdAt(), cached.updatedAt(), cached.requestJson(),
                cached.fetchedAt(), cached.origin(), summary.toJson(), cached.missingSince(), cached.version());
    }
}
