package io.xraydesk.core.watch;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.xray.CachedRequestFacts;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.WorkstationStore;
import io.xraydesk.store.RequestOrigin;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

    private final WorkstationStore database;

    AnswerRecorder(WorkstationStore database) {
        this.database = database;
    }

    List<CachedRequest> knownRequests() {
        return database.requestCache().all();
    }

    Progress progress(CachedRequest cached) {
        return Progress.of(CachedRequestFacts.outcomes(database, cached).values());
    }

    RequestAnswer request(String id, RequestOrigin originIfNew, AnalysisRequest answer, Instant now) {
        AnswerWriter.StoredRequest stored = AnswerWriter.writeRequest(database, id, answer, originIfNew, now);
        return new RequestAnswer(stored.request(), stored.changed());
    }

    /** Empty when the request is not cached yet: reports hang off a cached request (foreign key). */
    Optional<ReportsAnswer> reports(String id, List<Report> all, Instant now) {
        Optional<CachedRequest> cached = database.requestCache().find(id);
        if (cached.isEmpty()) {
            return Optional.empty();
        }
        List<Report> fresh = AnswerWriter.storeNew(database, id, all, now);
        return Optional.of(new ReportsAnswer(fresh, RequestRecords.request(cached.get()).orElse(null),
                progress(cached.get())));
    }

    /**
     * Stores a request read by id and its reports, keeping the origin and stages already known;
     * returns the request as stored.
     */
    AnalysisRequest opened(String id, AnalysisRequest answer, List<Report> all, Instant now) {
        return AnswerWriter.write(database, id, answer, all, RequestOrigin.OPENED_BY_ID, now).request();
    }

    /** The server answered 404: kept for reading, never shown as current ("not found on the server"). */
    void markMissing(String id, Instant now) {
        database.requestCache().markMissing(id, now);
    }
}
