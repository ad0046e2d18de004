package io.xraydesk.core.upload;

import io.xraydesk.api.UploadCancellation;
import io.xraydesk.store.UploadItem;
import java.util.UUID;
import java.util.concurrent.Future;

/** One file being worked on by the queue: its latest journal row and the live figures of its transfer. */
final class UploadJob {

    /** The step running, so that a cancel cannot race a finalisation the server may already have done. */
    enum Phase { WAITING, CREATING, SENDING, FINALISING, DONE }

    final UUID id;
    /** Set when the queue picked the file up from the journal at start: its last run may have gone far. */
    final boolean resumed;
    final UploadCancellation cancellation = new UploadCancellation();
    final RateMeter rate = new RateMeter();
    volatile UploadItem item;
    volatile Future<?> future;
    volatile Phase phase = Phase.WAITING;
    volatile long bytesSent;
    volatile long lastPublishedNanos;
    /** The analyst withdrew the file: the journal already says CANCELLED, the worker only stops. */
    volatile boolean withdrawn;

    UploadJob(UploadItem item, boolean resumed) {
        this.id = item.id();
        this.item = item;
        this.resumed = resumed;
    }

    UploadStatus status() {
        return new UploadStatus(item, bytesSent, phase == Phase.SENDING ? rate.bytesPerSecond() : 0);
    }
}
