package io.xraydesk.core.audit;

import io.xraydesk.core.upload.OverallProgress;
import io.xraydesk.core.upload.UploadQueueListener;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.store.UploadState;
import java.util.Objects;

/** Puts each document the upload queue brings online into the audit trail of its request. */
public final class UploadAudit implements UploadQueueListener {

    private final AuditRecorder recorder;

    public UploadAudit(AuditRecorder recorder) {
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    @Override
    public void changed(UploadStatus status, OverallProgress overall) {
        // The queue may tell of the same online file more than once; the trail keeps one entry.
        if (status.item().state() == UploadState.ONLINE) {
            recorder.documentSent(status.item());
        }
    }
}
