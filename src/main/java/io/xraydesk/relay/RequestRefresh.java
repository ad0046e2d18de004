package io.xraydesk.relay;

import io.xraydesk.api.NotFoundException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.requests.KnownIdentity;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.core.watch.StageTrail;
import io.xraydesk.store.CachedReport;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.SharedRecords;
import io.xraydesk.store.StaleWriteException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads one request and its reports from the API (two calls, each paced by the relay's one budget)
 * and writes them to the team store, whose triggers tell the desktops. A request the team did not
 * know yet is added as seen through a webhook; one the API no longer knows is marked missing.
 */
final class RequestRefresh {

    /** What a refresh found: the request as stored (null when the API no longer knows it), and the new reports. */
    record Outcome(AnalysisRequest request, int newReports) {

        boolean missing() {
            return request == null;
        }
    }

    private final OctoberClient client;
    private final SharedRecords team;
    private final CallPacer pacer;
    private final Clock clock;

    RequestRefresh(OctoberClient client, SharedRecords team, CallPacer pacer, Clock clock) {
        this.client = client;
        this.team = team;
        this.pacer = pacer;
        this.clock = clock;
    }

    /** Blocking; the API's and the store's failures are left to the caller, which keeps the work pending. */
    Outcome refresh(String requestId) throws InterruptedException {
        AnalysisRequest answer;
        pacer.take();
        try {
            answer = client.getRequest(requestId);
        } catch (NotFoundException gone) {
            team.requestCache().markMissing(requestId, clock.instant());
            return new Outcome(null, 0);
        }
        pacer.take();
        List<Report> reports = client.listReports(requestId, null);
        try {
            return store(requestId, answer, reports);
        } catch (StaleWriteException raced) {
            // A desktop wrote the row between our read and our write: what we fetched is as fresh as
            // theirs, so it is written again over the version they stored.
            return store(requestId, answer, reports);
        }
    }

    private Outcome store(String requestId, AnalysisRequest answer, List<Report> all) {
        Instant now = clock.instant();
        Optional<CachedRequest> known = team.requestCache().find(requestId);
        AnalysisRequest request = known.map(cached -> KnownIdentity.completed(answer, cached)).orElse(answer);
        RequestOrigin origin = known.map(CachedRequest::origin).orElse(RequestOrigin.WEBHOOK);
        StageTrail stages = known.map(c -> StageTrail.fromJson(c.sourceSummaryJson())).orElse(StageTrail.EMPTY)
                .withStage(request.stage());
        team.requestCache().upsert(RequestRecords.toCached(request, origin, stages, now)
                .basedOn(known.map(CachedRequest::version).orElse(0L)));
        // A report never changes once issued: only those not stored yet are written, so a refresh
        // repeated after a restart or a duplicate delivery adds no row.
        Set<String> stored = team.reportCache().forRequest(requestId).stream().map(CachedReport::id)
                .collect(Collectors.toSet());
        List<Report> fresh = all.stream().filter(r -> r.id() != null && !stored.contains(r.id())).toList();
        fresh.forEach(report -> team.reportCache().upsert(RequestRecords.toCached(report, now)));
        return new Outcome(request, fresh.size());
    }
}
