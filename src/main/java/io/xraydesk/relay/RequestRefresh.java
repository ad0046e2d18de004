package io.xraydesk.relay;

import io.xraydesk.api.NotFoundException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.watch.AnswerWriter;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.store.SharedRecords;
import io.xraydesk.store.StaleWriteException;
import java.time.Clock;
import java.util.List;

/**
 * Reads one request and its reports from the API (two calls, each paced by the relay's one budget)
 * and writes them to the team store, whose triggers tell the desktops. A request the team did not
 * know yet is added as seen through a webhook; one the API no longer knows is marked missing.
 */
record RequestRefresh(OctoberClient client, SharedRecords team, CallPacer pacer, Clock clock) {

    /** What a refresh found: the request as stored (null when the API no longer knows it), and the new reports. */
    record Outcome(AnalysisRequest request, int newReports) {

        boolean missing() {
            return request == null;
        }
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
        AnswerWriter.Written written = AnswerWriter.write(team, requestId, answer, all, RequestOrigin.WEBHOOK,
                clock.instant());
        return new Outcome(written.request(), written.fresh().size());
    }
}
