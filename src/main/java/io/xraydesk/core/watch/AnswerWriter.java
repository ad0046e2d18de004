package io.xraydesk.core.watch;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.requests.KnownIdentity;
import io.xraydesk.store.CachedReport;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.SharedRecords;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes what the server answered for one request into a store: the request row, keeping the company,
 * origin and stages the row already knew, then the reports not stored yet. The workstation's watcher
 * and the team relay write the same rows, so they write them the same way.
 */
public final class AnswerWriter {

    /** The request as stored, and whether it differs from the row it replaced (a new row always does). */
    record StoredRequest(AnalysisRequest request, boolean changed) {
    }

    /** The request as stored, and the reports this write added. */
    public record Written(AnalysisRequest request, List<Report> fresh) {
    }

    private AnswerWriter() {
    }

    /**
     * Stores {@code answer} and its reports; {@code originIfNew} is used only for a request the store did
     * not know yet. A stale row escapes as the store's {@code StaleWriteException}.
     */
    public static Written write(SharedRecords store, String id, AnalysisRequest answer, List<Report> all,
            RequestOrigin originIfNew, Instant now) {
        AnalysisRequest request = writeRequest(store, id, answer, originIfNew, now).request();
        return new Written(request, storeNew(store, id, all, now));
    }

    /** Stores the request row alone; see {@link #write}. */
    static StoredRequest writeRequest(SharedRecords store, String id, AnalysisRequest answer,
            RequestOrigin originIfNew, Instant now) {
        Optional<CachedRequest> known = store.requestCache().find(id);
        AnalysisRequest request = known.map(cached -> KnownIdentity.completed(answer, cached)).orElse(answer);
        boolean changed = known.map(cached -> RequestRecords.differs(cached, request)).orElse(true);
        RequestOrigin origin = known.map(CachedRequest::origin).orElse(originIfNew);
        StageTrail stages = known.map(c -> StageTrail.fromJson(c.sourceSummaryJson())).orElse(StageTrail.EMPTY)
                .withStage(request.stage());
        store.requestCache().upsert(RequestRecords.toCached(request, origin, stages, now)
                .basedOn(known.map(CachedRequest::version).orElse(0L)));
        return new StoredRequest(request, changed);
    }

    /**
     * Stores the reports not stored yet and returns them: a report never changes once issued, so a
     * repeated poll, a refresh after a restart or a duplicate delivery adds no row.
     */
    public static List<Report> storeNew(SharedRecords store, String id, List<Report> all, Instant now) {
        Set<String> stored = store.reportCache().forRequest(id).stream().map(CachedReport::id)
                .collect(Collectors.toSet());
        List<Report> fresh = all.stream().filter(r -> r.id() != null && !stored.contains(r.id())).toList();
        fresh.forEach(report -> store.reportCache().upsert(RequestRecords.toCached(report, now)));
        return fresh;
    }
}
