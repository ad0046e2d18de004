package io.xraydesk.ui.upload;

import io.xraydesk.core.upload.OverallProgress;
import io.xraydesk.core.upload.UploadQueueListener;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.ui.concurrent.UiExecutor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Brings the queue's news to the UI thread for one request. Updates are coalesced: while one hand-over
 * is pending, newer statuses replace older ones of the same file, so a fast transfer never floods the
 * UI thread and the latest state always arrives.
 */
final class QueueObserver implements UploadQueueListener {

    /** What the panel does with the news, on the UI thread. */
    interface Sink {
        void statuses(Iterable<UploadStatus> latest, OverallProgress overall);

        void halted();
    }

    private final String requestId;
    private final UiExecutor ui;
    private final Sink sink;
    private final Map<UUID, UploadStatus> pending = new LinkedHashMap<>();
    private OverallProgress pendingOverall = OverallProgress.IDLE;
    private boolean scheduled;

    QueueObserver(String requestId, UiExecutor ui, Sink sink) {
        this.requestId = requestId;
        this.ui = ui;
        this.sink = sink;
    }

    @Override
    public void changed(UploadStatus status, OverallProgress overall) {
        if (!status.item().requestId().equals(requestId)) {
            return;
        }
        synchronized (this) {
            pending.put(status.id(), status);
            pendingOverall = overall;
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        ui.execute(this::deliver);
    }

    @Override
    public void haltedForCredentials() {
        ui.execute(sink::halted);
    }

    private void deliver() {
        Map<UUID, UploadStatus> batch;
        OverallProgress overall;
        synchronized (this) {
            batch = new LinkedHashMap<>(pending);
            pending.clear();
            overall = pendingOverall;
            scheduled = false;
        }
        sink.statuses(batch.values(), overall);
    }
}
