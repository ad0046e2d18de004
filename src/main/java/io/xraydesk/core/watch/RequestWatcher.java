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
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.WorkstationStore;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.StaleWriteException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one owner of polling {@code GET /requests/{id}} and {@code GET /reports?request=…}. Every watched
 * request has its own adaptive interval (fast after {@link #nudge}, doubling while nothing changes,
 * fast again on a change, slow once its five X-Rays are in), but all of them share one budget of
 * HTTP calls per second ({@link TokenBucket}): a thousand watched requests poll no faster than one.
 * The most overdue request goes first ({@link WatchList}), so under a tight budget every request
 * still gets its turn.
 *
 * <p>One call at a time, on the {@link WatchScheduler}'s thread. {@code Retry-After} pauses all polling
 * for the time asked; a network failure or a 5xx pauses it with backoff ({@link CallPause}); a 401
 * stops it for good. What the connection looks like meanwhile is the session's connection monitor's
 * to say, which hears every call. Fetched requests and reports go to the caches ({@link
 * AnswerRecorder}) before listeners hear of them.
 *
 * <p>Give it an {@link OctoberClient} without retries ({@code RetryPolicy.none()}): the watcher is its
 * own retry loop, and client-side retries would spend calls outside the budget and block its thread.
 */
public final class RequestWatcher {

    private static final Logger LOG = Logger.getLogger(RequestWatcher.class.getName());

    private final OctoberClient client;
    private final AnswerRecorder recorder;
    private final WatchPolicy policy;
    private final Clock clock;
    private final WatchScheduler scheduler;
    private final Jitter jitter;
    private final List<WatchListener> listeners = new CopyOnWriteArrayList<>();

    private final WatchList watched;
    private final TokenBucket budget;
    private final CallPause pause;
    private WatchScheduler.Scheduled next;
    private boolean running;
    private boolean pumping;
    private boolean authenticationLost;
    /** When the last call was sent, for the heartbeat. */
    private Instant lastCallAt;
    /** Which watched requests this desktop polls itself; all of them unless a team shares the work. */
    private Predicate<String> gate = id -> true;
    private boolean limited;

    public RequestWatcher(OctoberClient client, WorkstationStore database, WatchPolicy policy, Clock clock,
            WatchScheduler scheduler, Random random) {
        this.client = Objects.requireNonNull(client, "client");
        this.recorder = new AnswerRecorder(Objects.requireNonNull(database, "database"));
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.jitter = new Jitter(Objects.requireNonNull(random, "random"), policy.jitter());
        this.watched = new WatchList(policy);
        this.budget = new TokenBucket(policy.callsPerSecond(), clock.instant());
        this.pause = new CallPause(policy, jitter);
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
        List<WatchedRequest> known = new ArrayList<>();
        Instant now = clock.instant();
        for (CachedRequest request : recorder.knownRequests()) {
            if (request.isMissing()) {
                continue; // the server said it does not know it: nothing to poll
            }
            AnswerRecorder.Progress progress = recorder.progress(request);
            Duration interval = progress.complete() ? policy.completeInterval() : policy.maxInterval();
            // Spread the first polls over one interval instead of firing them all at once.
            WatchedRequest entry = new WatchedRequest(request.id(), request.origin(), false, interval,
                    now.plus(jitter.apply(policy.fastInterval().plus(jitter.within(interval)))));
            entry.complete = progress.complete();
            entry.awaitingReports = progress.awaitingReports();
            known.add(entry);
        }
        synchronized (this) {
            known.forEach(watched::putIfAbsent);
            running = true;
            reschedule(Duration.ZERO);
        }
    }

    /**
     * Polls only the watched requests {@code mayPoll} accepts, asked again every fast interval at the
     * latest: in a team, the relay or another desktop polls the others (docs/team.md, "Polling without a
     * relay"), and which ones this desktop polls changes with the leases.
     */
    public synchronized void limitTo(Predicate<String> mayPoll) {
        gate = Objects.requireNonNull(mayPoll, "mayPoll");
        limited = true;
    }

    /** Stops polling; {@link #start()} resumes it. Nothing is forgotten. */
    public synchronized void stop() {
        running = false;
        cancelNext();
    }

    /** Watches {@code requestId} (fast, as it is new to the watcher); {@code origin} is recorded if the cache does not know it. */
    public synchronized void watch(String requestId, RequestOrigin origin) {
        if (!watched.contains(requestId)) {
            watched.putIfAbsent(new WatchedRequest(requestId, origin, true, policy.fastInterval(), clock.instant()));
            if (!pumping) {
                reschedule(Duration.ZERO);
            }
        }
    }

    /**
     * Something probably happened to {@code requestId} (created, a document sent, a webhook): poll it
     * now (budget permitting) and fast for a while; its next reports call re-reads its X-Rays' states,
     * so a document just sent makes the connection matter again. An unknown id is watched, recorded as
     * seen through a webhook if the cache does not know it either.
     */
    public synchronized void nudge(String requestId) {
        WatchedRequest entry = watched.get(requestId);
        if (entry == null) {
            watch(requestId, RequestOrigin.WEBHOOK);
            return;
        }
        entry.interval = policy.fastInterval();
        entry.refreshRequest = true;
        if (!entry.inPoll()) {
            entry.nextDue = clock.instant();
        }
        if (!pumping) {
            reschedule(Duration.ZERO);
        }
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
            recorder.markMissing(requestId, clock.instant());
            throw gone;
        }
        List<Report> all = client.listReports(requestId, null);
        Instant now = clock.instant();
        AnalysisRequest request = recorder.opened(requestId, answer, all, now);
        synchronized (this) {
            watched.putIfAbsent(new WatchedRequest(requestId, RequestOrigin.OPENED_BY_ID, false,
                    policy.fastInterval(), now.plus(jitter.apply(policy.fastInterval()))));
            reschedule(Duration.ZERO);
        }
        return request;
    }

    /** Whether a watched request waits for a report known to be coming: the connection matters. */
    public synchronized boolean needsPolling() {
        return watched.needsPolling();
    }

    public synchronized int watchedCount() {
        return watched.size();
    }

    public synchronized boolean isWatching(String requestId) {
        return watched.contains(requestId);
    }

    /** The delay before {@code requestId}'s next poll starts, for tests and diagnostics. */
    public synchronized Optional<Duration> currentInterval(String requestId) {
        return watched.interval(requestId);
    }

    // ---- the pump: one call per run, then it schedules itself again --------------------------------

    private void pump() {
        WatchedRequest entry;
        WatchedRequest.Call call;
        synchronized (this) {
            next = null;
            if (!running || authenticationLost) {
                return;
            }
            Instant now = clock.instant();
            Optional<Duration> paused = pause.remaining(now);
            if (paused.isPresent()) {
                reschedule(paused.get());
                return;
            }
            entry = watched.next(now, lastCallAt, gate);
            if (entry == null) {
                Optional<Instant> wake = watched.nextWake(now, lastCallAt, gate);
                if (limited) {
                    // The requests this desktop may poll change with the team's leases: look again soon.
                    Instant recheck = now.plus(policy.fastInterval());
                    wake = Optional.of(wake.filter(due -> due.isBefore(recheck)).orElse(recheck));
                }
                wake.ifPresent(due -> reschedule(Duration.between(now, due)));
                return;
            }
            Duration wait = budget.waitTime(now);
            if (!wait.isZero()) {
                reschedule(wait);
                return;
            }
            budget.tryTake(now);
            lastCallAt = now;
            if (!entry.inPoll()) {
                entry.startCycle(policy);
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

    private void perform(WatchedRequest entry, WatchedRequest.Call call, List<Runnable> events) {
        try {
            switch (call) {
                case REQUEST -> requestFetched(entry, client.getRequest(entry.id), events);
                case REPORTS -> reportsFetched(entry, client.listReports(entry.id, null), events);
            }
            succeeded();
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
                recorder.markMissing(entry.id, clock.instant());
            }
            succeeded();
            events.add(() -> listeners.forEach(l -> l.requestUnavailable(entry.id)));
        } catch (RateLimitedException e) {
            pauseAndRetry(entry, call, e.retryAfter().orElse(null));
        } catch (ServerException e) {
            pauseAndRetry(entry, call, e.retryAfter().orElse(null));
        } catch (NetworkException e) {
            pauseAndRetry(entry, call, null);
        } catch (StaleWriteException e) {
            // Another desktop of the team stored this row between our read and our write: make the same
            // call again, so what is stored next is based on what they stored.
            synchronized (this) {
                entry.cycle.addFirst(call);
            }
            succeeded();
        } catch (OctoberException e) {
            // Malformed or unexpected answer: skip this poll rather than loop on it; the next may be fine.
            LOG.log(Level.WARNING, "watcher: " + e.getMessage());
            synchronized (this) {
                entry.cycle.clear();
                entry.finishCycle(policy, jitter, clock.instant());
            }
            succeeded();
        }
    }

    private void requestFetched(WatchedRequest entry, AnalysisRequest answer, List<Runnable> events) {
        Instant now = clock.instant();
        AnswerRecorder.RequestAnswer stored = recorder.request(entry.id, entry.originIfNew, answer, now);
        synchronized (this) {
            entry.refreshRequest = false;
            entry.changedInCycle |= stored.changed();
            entry.finishIfDone(policy, jitter, now);
        }
        if (stored.changed()) {
            events.add(() -> listeners.forEach(l -> l.requestChanged(stored.fresh())));
        }
    }

    private void reportsFetched(WatchedRequest entry, List<Report> all, List<Runnable> events) {
        Instant now = clock.instant();
        Optional<AnswerRecorder.ReportsAnswer> stored = recorder.reports(entry.id, all, now);
        synchronized (this) {
            if (stored.isEmpty()) {
                // Reports hang off a cached request: read the request first, then come back.
                entry.cycle.addFirst(WatchedRequest.Call.REPORTS);
                entry.cycle.addFirst(WatchedRequest.Call.REQUEST);
                return;
            }
            if (!stored.get().fresh().isEmpty()) {
                entry.changedInCycle = true;
                // The status usually moves with a report: read the request in this same poll.
                entry.refreshRequest = true;
                entry.cycle.addFirst(WatchedRequest.Call.REQUEST);
            }
            entry.complete = stored.get().progress().complete();
            entry.awaitingReports = stored.get().progress().awaitingReports();
            entry.finishIfDone(policy, jitter, now);
        }
        AnalysisRequest request = stored.get().request();
        for (Report report : stored.get().fresh()) {
            events.add(() -> listeners.forEach(l -> l.newReport(request, report)));
        }
    }

    private synchronized void succeeded() {
        pause.succeeded();
    }

    /** Puts the failed call back in front and pauses every call ({@link CallPause}). */
    private synchronized void pauseAndRetry(WatchedRequest entry, WatchedRequest.Call call, Duration retryAfter) {
        if (watched.contains(entry.id)) {
            entry.cycle.addFirst(call);
        }
        pause.failed(clock.instant(), retryAfter);
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
}
