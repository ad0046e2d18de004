package io.xraydesk.core.requests;

import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.xray.ReportReading;
import io.xraydesk.store.ImportBatch;
import io.xraydesk.store.LookMark;
import io.xraydesk.store.CachedReportFields;
import io.xraydesk.store.StoredDecision;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.WorkstationStore;
import java.util.stream.Collectors;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The portfolio view's read model (docs/portfolio.md, The portfolio view), from this workstation's store
 * (in a team, its copy of the team's rows), so the window and the {@code portfolio export} command read
 * the same lines without a connection. Every method blocks (disk; in a team, the decisions are read from
 * the team database while it answers): call it off the UI thread.
 */
public final class PortfolioReader {

    private final WorkstationStore database;

    public PortfolioReader(WorkstationStore database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Every request this installation knows as a line of the portfolio: its X-Rays, data sanity, decision,
     * import batch and what changed since the analyst last opened it. Marks, batches, decisions, the cached
     * reports' fields and the upload journal are each read once for all (one query each, never one per request:
     * at 10,000 requests a query per row costs whole seconds, docs/portfolio.md, Speed); the X-Rays are decided
     * per request from them, from the columns the cache keeps of each request and report rather than their JSON.
     */
    public List<PortfolioLine> lines() {
        Map<String, LookMark> looks = database.lookMarks().all();
        Map<String, String> batches = database.importJournal().latestBatchByRequest();
        Map<String, List<CachedReportFields>> reports = database.reportCache().allFields().stream()
                .collect(Collectors.groupingBy(CachedReportFields::requestId));
        Map<String, List<UploadItem>> sent = database.uploadJournal().all().stream()
                .collect(Collectors.groupingBy(UploadItem::requestId));
        Map<String, StoredDecision> decisions = database.decisions().currentByRequest();
        return database.requestCache().allFields().stream().map(cached -> {
            String id = cached.request().id();
            return line(RequestOverview.of(cached, reports.getOrDefault(id, List.of()), sent.getOrDefault(id, List.of())),
                    decisions.get(id), looks, batches);
        }).toList();
    }

    /** How many requests the portfolio holds. */
    public int count() {
        return database.requestCache().count();
    }

    /**
     * The lines of the {@code count} most recently updated requests (the first of {@link #lines()}), each read on
     * its own (its reports' fields, files and decision): what a screenful needs, without reading the whole
     * portfolio first. The same lines as {@link #lines()} gives them, from the same columns.
     */
    public List<PortfolioLine> firstLines(int count) {
        Map<String, LookMark> looks = database.lookMarks().all();
        Map<String, String> batches = database.importJournal().latestBatchByRequest();
        return database.requestCache().newestFields(count).stream().map(cached -> {
            String id = cached.request().id();
            return line(RequestOverview.of(cached, database.reportCache().fieldsOf(id),
                    database.uploadJournal().forRequest(id)), database.decisions().current(id).orElse(null), looks,
                    batches);
        }).toList();
    }

    /** The request's line, empty when it is not in the cache. */
    public Optional<PortfolioLine> line(String requestId) {
        return database.requestCache().find(requestId).map(cached -> line(RequestOverview.read(database, cached),
                database.decisions().current(requestId).orElse(null),
                database.lookMarks().find(requestId).map(mark -> Map.of(requestId, mark)).orElse(Map.of()),
                database.importJournal().latestBatchByRequest()));
    }

    /** The import batches of this workstation, newest first. */
    public List<ImportBatch> batches() {
        return database.importJournal().batches();
    }

    /**
     * Records that the analyst opens the request now, with what its X-Rays say: "changed since you last
     * looked" starts again from here. Does nothing for a request not in the cache.
     */
    public void markLooked(String requestId, Instant at) {
        database.requestCache().find(requestId).map(cached -> RequestOverview.read(database, cached))
                .ifPresent(overview -> database.lookMarks().mark(SinceLastLook.mark(requestId, at, overview.xrays())));
    }

    private static PortfolioLine line(RequestOverview overview, StoredDecision decision, Map<String, LookMark> looks,
            Map<String, String> batches) {
        Report bank = overview.xrays().get(Source.BANK).latest();
        OptionalDouble sanity = bank == null ? OptionalDouble.empty() : ReportReading.dataSanity(bank);
        return new PortfolioLine(overview, sanity.isPresent() ? sanity.getAsDouble() : null,
                decision, batches.get(overview.id()),
                SinceLastLook.of(looks.get(overview.id()), overview.xrays()));
    }
}
