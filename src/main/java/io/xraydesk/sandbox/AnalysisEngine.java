package io.xraydesk.sandbox;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Medium;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.api.model.WebhookEvent;
import io.xraydesk.api.model.WebhookSetting;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the X-Rays over sandbox time (docs/october-api.md, Processing and polling): schedules a report when its trigger
 * happens, turns due schedules into reports, moves the request along {@link RequestProgress}, and publishes the webhook
 * events. Triggers (inferred where the docs are vague): ESG and Manager on creation; Doc on every medium put online;
 * Bank on every bank statement; Financial on a certified or interim statement and whenever notes are given.
 */
final class AnalysisEngine {

    private record Pending(Instant due, long order, String requestId, Source source, MediumMeta medium,
            DocumentCategory category) {
    }

    private final SandboxState state;
    private final SandboxClock clock;
    private final WebhookDispatcher webhooks;
    private final int bankTransactions;
    private final Map<Source, XRayGenerator> generators = new EnumMap<>(Source.class);
    private final List<Pending> pending = new ArrayList<>();
    private final ReportOutcomes outcomes = new ReportOutcomes();
    private long sequence;

    AnalysisEngine(SandboxState state, SandboxClock clock, WebhookDispatcher webhooks, int bankTransactions) {
        this.state = state;
        this.clock = clock;
        this.webhooks = webhooks;
        this.bankTransactions = bankTransactions;
        for (XRayGenerator g : List.of(new DocXRayGenerator(), new BankXRayGenerator(),
                new FinancialXRayGenerator(), new EsgXRayGenerator(), new ManagerXRayGenerator())) {
            generators.put(g.source(), g);
        }
    }

    void requestCreated(RequestRecord request) {
        schedule(request.id, Source.ESG, null, null);
        schedule(request.id, Source.MANAGER, null, null);
        if (request.notes != null && !request.notes.isEmpty()) {
            schedule(request.id, Source.FINANCIAL, null, null);
        }
    }

    /** The next report of {@code source} for {@code requestId} comes out as {@code outcome}. */
    void orderOutcome(String requestId, Source source, ReportOutcomes.Outcome outcome) {
        outcomes.order(requestId, source, outcome);
    }

    void notesUpdated(RequestRecord request) {
        schedule(request.id, Source.FINANCIAL, null, null);
    }

    void mediumOnline(MediumRecord medium) {
        schedule(medium.requestId, Source.DOC, medium.meta, medium.category);
        if (medium.category == DocumentCategory.BANK_STATEMENT) {
            schedule(medium.requestId, Source.BANK, medium.meta, medium.category);
        }
        if (medium.category == DocumentCategory.CERTIFIED_FINANCIAL_STATEMENT
                || medium.category == DocumentCategory.INTERIM_FINANCIAL_STATEMENT) {
            schedule(medium.requestId, Source.FINANCIAL, medium.meta, medium.category);
        }
        state.request(medium.requestId).ifPresent(this::refreshProgress);
    }

    /**
     * Turns every schedule that is due by now into a report, oldest first. Synchronized as a whole so
     * that the clock ticker and request threads calling it together cannot reorder reports. Lock
     * order is always engine, then state.
     */
    synchronized void runDue() {
        Instant now = clock.now();
        List<Pending> due = pending.stream().filter(p -> !p.due.isAfter(now))
                .sorted(Comparator.comparing(Pending::due).thenComparingLong(Pending::order)).toList();
        pending.removeAll(due);
        for (Pending p : due) {
            produce(p);
        }
    }

    private synchronized void schedule(String requestId, Source source, MediumMeta medium,
            DocumentCategory category) {
        pending.add(new Pending(clock.now().plus(AnalysisTimings.delayOf(source)), sequence++, requestId, source,
                medium, category));
    }

    private void produce(Pending p) {
        RequestRecord request = state.request(p.requestId).orElseThrow();
        Report report;
        synchronized (state) {
            int index = state.reportsOf(p.requestId, p.source.wire()).size();
            GeneratedReport generated = outcomes.apply(p.requestId, p.source, generators.get(p.source).generate(
                    new ReportInput(request.code, p.source, index, request.notes, p.medium, p.category,
                            bankTransactions)));
            report = new Report(Ids.objectId(), p.requestId, p.source.wire(),
                    OffsetDateTime.ofInstant(p.due, ZoneOffset.UTC), generated.score(), generated.data());
            state.addReport(report);
        }
        webhooks.publish(new WebhookEvent(WebhookSetting.EVENT_NEW_REPORT, p.requestId, report.id()));
        refreshProgress(request);
    }

    private void refreshProgress(RequestRecord request) {
        boolean changed;
        synchronized (state) {
            boolean anyOnline = request.mediumIds.stream().map(state::medium)
                    .anyMatch(m -> m.isPresent() && !m.get().status.equals(Medium.STATUS_DRAFT));
            Set<Source> sources = state.reportsOf(request.id, null).stream()
                    .map(r -> Source.fromWire(r.source()).orElseThrow())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Source.class)));
            RequestProgress next = RequestProgress.of(anyOnline, sources);
            changed = next != request.progress;
            if (changed) {
                request.progress = next;
                request.updatedAt = OffsetDateTime.ofInstant(clock.now(), ZoneOffset.UTC);
            }
        }
        if (changed) {
            webhooks.publish(new WebhookEvent(WebhookSetting.EVENT_UPDATE_REQUEST, request.id, null));
        }
    }
}
