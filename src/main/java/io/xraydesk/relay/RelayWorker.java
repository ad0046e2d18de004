package io.xraydesk.relay;

import io.xraydesk.api.AnswerTooLargeException;
import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.ConflictException;
import io.xraydesk.api.MalformedResponseException;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.PermissionException;
import io.xraydesk.api.RetryLaterException;
import io.xraydesk.api.ValidationException;
import io.xraydesk.store.RelayDeliveries;
import io.xraydesk.store.RelayDelivery;
import io.xraydesk.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The relay's one thread of API work: first the deliveries the journal holds as pending (those of a
 * previous run included), one refresh per request however many deliveries name it, then the polls of
 * {@link PollPlan}. A failure of the API or the database leaves the delivery pending and puts every call
 * off for a while: nothing is marked done that was not written. A refusal of one request is logged and
 * the delivery done, so that it never holds up the others.
 */
final class RelayWorker implements AutoCloseable {

    /** First wait after a failed call or store write, doubled up to {@link #MAX_BACKOFF}. */
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    /**
     * How long a delivery waits for others: October sends {@code new_report} and the {@code
     * update_request} it causes together, and one refresh answers both.
     */
    static final Duration GATHER = Duration.ofMillis(250);

    private final RelayDeliveries deliveries;
    private final RequestRefresh refresh;
    private final PollPlan polls;
    private final RelayLog log;
    private final RelayStatus status;
    private final Clock clock;
    private final Thread thread;
    private final Object signal = new Object();
    private boolean deliveriesWaiting = true;
    private Duration backoff = FIRST_BACKOFF;

    RelayWorker(RelayDeliveries deliveries, RequestRefresh refresh, PollPlan polls, RelayLog log,
            RelayStatus status, Clock clock) {
        this.deliveries = deliveries;
        this.refresh = refresh;
        this.polls = polls;
        this.log = log;
        this.status = status;
        this.clock = clock;
        this.thread = new Thread(this::run, "xraydesk-relay-worker");
    }

    void start() {
        thread.start();
    }

    /** A delivery was recorded: read the journal before the next poll. */
    void wake() {
        synchronized (signal) {
            deliveriesWaiting = true;
            signal.notifyAll();
        }
    }

    /** Stops, interrupting the call in flight; what it had not marked done stays pending in the journal. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    if (takeDeliveriesWaiting()) {
                        handlePending();
                    } else {
                        var due = polls.next();
                        if (due.isPresent()) {
                            poll(due.get());
                        } else {
                            sleepUntilWoken(polls.untilNextSweep());
                        }
                    }
                    backoff = FIRST_BACKOFF;
                } catch (OctoberException | StoreException failure) {
                    failed(failure);
                }
            }
        } catch (InterruptedException stopping) {
            // close(): the journal keeps what was not done.
        }
    }

    /** One refresh per request, covering every delivery for it received before the refresh began. */
    private void handlePending() throws InterruptedException {
        Thread.sleep(GATHER.toMillis());
        Map<String, List<RelayDelivery>> byRequest = new LinkedHashMap<>();
        for (RelayDelivery delivery : deliveries.pending()) {
            byRequest.computeIfAbsent(delivery.requestId(), id -> new ArrayList<>()).add(delivery);
        }
        for (Map.Entry<String, List<RelayDelivery>> entry : byRequest.entrySet()) {
            String outcome;
            try {
                outcome = describe(refresh.refresh(entry.getKey()));
            } catch (OctoberException failure) {
                if (!isAboutThisRequest(failure)) {
                    throw failure;
                }
                outcome = "given up, " + failure.getMessage();
            }
            Instant now = clock.instant();
            entry.getValue().forEach(delivery -> deliveries.markDone(delivery, now));
            log.line("refreshed request " + entry.getKey() + " for " + entry.getValue().size() + " delivery(ies): "
                    + outcome);
        }
    }

    private void poll(String requestId) throws InterruptedException {
        String outcome;
        try {
            outcome = describe(refresh.refresh(requestId));
        } catch (OctoberException failure) {
            if (!isAboutThisRequest(failure)) {
                throw failure;
            }
            polls.putOff(requestId);
            outcome = "put off, " + failure.getMessage();
        }
        status.polled(clock.instant());
        log.line("polled request " + requestId + ": " + outcome);
    }

    /**
     * A refusal of this one request (403, 400, 409, an answer that cannot be read): trying again soon
     * would fail alike, and must not hold up the others. Anything else (network, 5xx, 429, a refused
     * token, a wrong address) concerns every call: the work waits.
     */
    private static boolean isAboutThisRequest(OctoberException failure) {
        return failure instanceof PermissionException || failure instanceof ValidationException
                || failure instanceof ConflictException || failure instanceof MalformedResponseException
                || failure instanceof AnswerTooLargeException;
    }

    private static String describe(RequestRefresh.Outcome outcome) {
        if (outcome.missing()) {
            return "not found on the API (marked missing)";
        }
        return outcome.request().status() + " " + outcome.request().stage() + ", " + outcome.newReports()
                + " new report(s)";
    }

    /**
     * Leaves the work pending and waits: as long as the API asks ({@code Retry-After}), else a backoff
     * that doubles while failures go on. A refused token is said once per wait; the relay goes on
     * receiving (and recording) deliveries until it is given a valid one and restarted.
     */
    private void failed(RuntimeException failure) throws InterruptedException {
        Duration wait = failure instanceof RetryLaterException later && later.retryAfter().isPresent()
                ? later.retryAfter().get() : backoff;
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        String what = failure instanceof AuthenticationException ? "the API refused the relay's credentials"
                : failure.getMessage();
        log.line("work put off for " + wait.toMillis() + " ms: " + what);
        synchronized (signal) {
            deliveriesWaiting = true; // retried after the wait, from the journal
        }
        Thread.sleep(wait.toMillis());
    }

    private boolean takeDeliveriesWaiting() {
        synchronized (signal) {
            boolean waiting = deliveriesWaiting;
            deliveriesWaiting = false;
            return waiting;
        }
    }

    private void sleepUntilWoken(Duration atMost) throws InterruptedException {
        synchronized (signal) {
            if (!deliveriesWaiting && !atMost.isZero()) {
                signal.wait(Math.max(1, atMost.toMillis()));
            }
        }
    }
}
