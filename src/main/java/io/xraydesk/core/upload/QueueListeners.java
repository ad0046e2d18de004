package io.xraydesk.core.upload;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The observers of one upload queue. News of files is delivered under one lock, snapshot and delivery
 * together, so listeners never see a file's states out of order even with several workers; an
 * observer's failure is logged and never stops the uploads.
 */
final class QueueListeners {

    private static final Logger LOG = Logger.getLogger(QueueListeners.class.getName());

    private final List<UploadQueueListener> listeners = new CopyOnWriteArrayList<>();
    private final Object publishing = new Object();

    void add(UploadQueueListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    void remove(UploadQueueListener listener) {
        listeners.remove(listener);
    }

    /** A file changed: its status and the batch's are taken and delivered in one turn. */
    void changed(UploadJob job, BatchProgress batch) {
        synchronized (publishing) {
            UploadStatus status = job.status();
            OverallProgress overall = batch.recordNow();
            tell(listener -> listener.changed(status, overall));
        }
    }

    /** Any other news (halted, waiting for another sender). */
    void tell(Consumer<UploadQueueListener> news) {
        for (UploadQueueListener listener : listeners) {
            try {
                news.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "upload listener failed", e);
            }
        }
    }
}
