package io.xraydesk.core.audit;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.upload.OverallProgress;
import io.xraydesk.core.upload.UploadQueueListener;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.core.watch.WatchListener;
import io.xraydesk.store.UploadState;
import java.util.Objects;

/**
 * Puts what happens in the background into the audit trail of its request: each report the request
 * watcher finds and each document the upload queue brings online. Listen to either or both.
 */
public final class AuditListener implements WatchListener, UploadQueueListener {

    private final AuditRecorder recorder;

    public AuditListener(AuditRecorder recorder) {
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    @Override
    public void newReport(AnalysisRequest request, Report report) {
        String requestId = request != null ? request.id() : report.request();
        if (requestId != null) {
            recorder.reportReceived(requestId, report);
        }
    }

    @Override
    public void changed(UploadStatus status, OverallProgress overall) {
        // The queue may tell of the same online file more than once; the trail keeps one entry.
        if (status.item().state() == UploadState.ONLINE) {
            recorder.documentSent(status.item());
        }
    }
}
