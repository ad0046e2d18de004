package io.xraydesk.ui.upload;

import io.xraydesk.core.upload.OverallProgress;
import io.xraydesk.core.upload.UploadQueueListener;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.ui.concurrent.UiExecutor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Brings the queue's news to the UI thread for one request. Updates are coalesced: while one hand-over
 * is pending, newer statuses replace older ones of the same file, and hand-overs are at least {@link
 * #MIN_INTERVAL_MILLIS} apart, so transfers never keep the UI thread busy and the latest state always
 * arrives.
 */
final class QueueObserver implements UploadQueueListener {

    /** What the panel does with the news, on the UI thread. */
    interface Sink {
        void statuses(Iterable<UploadStatus> latest, OverallProgress overall);

        void halted();
    }

    /** Five refreshes a second: smooth enough for bars, cheap enough for a busy machine. */
    static final long MIN_INTERVAL_MILLIS = 200;

    private final String requestId;
    private final UiExecutor ui;
    private final Sink sink;
    private final Map<UUID, UploadStatus> pending = new LinkedHashMap<>();
    private OverallProgress pendingOverall = OverallProgress.IDLE;
    private boolean scheduled;
    private long lastDeliveryNanos;

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
        long wait = MIN_INTERVAL_MILLIS - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastDelivery());
        if (wait <= 0) {
            ui.execute(this::deliver);
        } else {
            CompletableFuture.delayedExecutor(wait, TimeUnit.MILLISECONDS).execute(() -> ui.execute(this::deliver));
        }
    }

    @Override
    public void haltedForCredentials() {
        ui.execute(sink::halted);
    }

    private synchronized long lastDelivery() {
        return lastDeliveryNanos;
    }

    private void deliver() {
        Map<UUID, UploadStatus> batch;
        OverallProgress overall;
        synchronized (this) {
            batch = new LinkedHashMap<>(pending);
            pending.clear();
            overall = pendingOverall;
            scheduled = false;
            lastDeliveryNanos = System.nanoTime();
        }
        sink.statuses(batch.values(), overall);
    }
}
