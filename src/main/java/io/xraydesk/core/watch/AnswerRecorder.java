package io.xraydesk.core.watch;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.requests.KnownIdentity;
import io.xraydesk.core.xray.CachedRequestFacts;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.store.CachedReport;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes what the watcher fetched to the caches, and says what changed and how far the request's
 * X-Rays are, as {@code core.xray} decides it from the caches and the upload journal. A request is
 * written based on the version it was read at: a team desktop that wrote it meanwhile makes the
 * write throw {@code StaleWriteException}. Blocking (the database): called on the watcher's thread,
 * outside its lock.
 */
final class AnswerRecorder {

    /** The request as stored, and whether it differs from what was known in what the analyst sees. */
    record RequestAnswer(AnalysisRequest fresh, boolean changed) {
    }

    /** The reports not seen before, the request they belong to, and how far its X-Rays are. */
    record ReportsAnswer(List<Report> fresh, AnalysisRequest request, Progress progress) {
    }

    /**
     * @param complete        each of the five X-Rays has reported at least once: a slow check is enough
     * @param awaitingReports an X-Ray is pending: a report is known to be coming
     */
    record Progress(boolean complete, boolean awaitingReports) {

        static Progress of(Collection<XRayOutcome> outcomes) {
            return new Progress(outcomes.stream().allMatch(o -> o.reports() > 0),
                    outcomes.stream().anyMatch(o -> o.status() == XRayStatus.PENDING));
        }
    }

    private final LocalDatabase database;

    AnswerRecorder(LocalDatabase database) {
        this.database = database;
    }

    List<CachedRequest> knownRequests() {
        return database.requestCache().all();
    }

    Progress progress(CachedRequest cached) {
        return Progress.of(CachedRequestFacts.outcomes(database, cached).values());
    }

    RequestAnswer request(String id, RequestOrigin originIfNew, AnalysisRequest answer, Instant now) {
        Optional<CachedRequest> cached = database.requestCache().find(id);
        AnalysisRequest fresh = cached.map(known -> KnownIdentity.completed(answer, known)).orElse(answer);
        boolean changed = cached.map(c -> RequestRecords.differs(c, fresh)).orElse(true);
        RequestOrigin origin = cached.map(CachedRequest::origin).orElse(originIfNew);
        StageTrail stages = cached.map(c -> StageTrail.fromJson(c.sourceSummaryJson())).orElse(StageTrail.EMPTY)
                .withStage(fresh.stage());
        database.requestCache().upsert(RequestRecords.toCached(fresh, origin, stages, now)
                .basedOn(cached.map(CachedRequest::version).orElse(0L)));
        return new RequestAnswer(fresh, changed);
    }

    /** Empty when the request is not cached yet: reports hang off a cached request (foreign key). */
    Optional<ReportsAnswer> reports(String id, List<Report> all, Instant now) {
        Optional<CachedRequest> cached = database.requestCache().find(id);
        if (cached.isEmpty()) {
            return Optional.empty();
        }
        List<Report> fresh = storeNew(id, all, now);
        return Optional.of(new ReportsAnswer(fresh, RequestRecords.request(cached.get()).orElse(null),
                progress(cached.get())));
    }

    /**
     * Stores a request read by id and its reports, keeping the origin and stages already known;
     * returns the request as stored.
     */
    AnalysisRequest opened(String id, AnalysisRequest answer, List<Report> all, Instant now) {
        Optional<CachedRequest> known = database.requestCache().find(id);
        AnalysisRequest request = known.map(cached -> KnownIdentity.completed(answer, cached)).orElse(answer);
        RequestOrigin origin = known.map(CachedRequest::origin).orElse(RequestOrigin.OPENED_BY_ID);
        StageTrail stages = known.map(c -> StageTrail.fromJson(c.sourceSummaryJson())).orElse(StageTrail.EMPTY)
                .withStage(request.stage());
        database.requestCache().upsert(RequestRecords.toCached(request, origin, stages, now)
                .basedOn(known.map(CachedRequest::version).orElse(0L)));
        storeNew(id, all, now);
        return request;
    }

    /** Stores the reports not stored yet (a report never changes once issued); returns them. */
    private List<Report> storeNew(String id, List<Report> all, Instant now) {
        Set<String> stored = database.reportCache().forRequest(id).stream().map(CachedReport::id)
                .collect(Collectors.toSet());
        List<Report> fresh = all.stream().filter(r -> r.id() != null && !stored.contains(r.id())).toList();
        fresh.forEach(report -> database.reportCache().upsert(RequestRecords.toCached(report, now)));
        return fresh;
    }

    /** The server answered 404: kept for reading, never shown as current ("not found on the server"). */
    void markMissing(String id, Instant now) {
        database.requestCache().markMissing(id, now);
    }
}
