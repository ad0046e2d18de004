package io.xraydesk.core.audit;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.watch.WatchListener;
import java.util.Objects;

/** Puts each report the request watcher finds into the audit trail of its request. */
public final class ReportAudit implements WatchListener {

    private final AuditRecorder recorder;

    public ReportAudit(AuditRecorder recorder) {
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    @Override
    public void newReport(AnalysisRequest request, Report report) {
        String requestId = request != null ? request.id() : report.request();
        if (requestId != null) {
            recorder.reportReceived(requestId, report);
        }
    }
}
