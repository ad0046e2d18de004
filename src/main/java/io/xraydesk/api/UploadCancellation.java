package io.xraydesk.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A cancel button for an upload: {@link #cancel()} may be called from any thread, any number of times. */
public final class UploadCancellation {

    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
        onCancel.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs {@code action} on cancellation (at once if already cancelled); the returned handle
     * unregisters it once the work it guards is over.
     */
    Registration whenCancelled(Runnable action) {
        onCancel.add(action);
        if (cancelled) {
            action.run();
        }
        return () -> onCancel.remove(action);
    }

    /** Undoes a {@link #whenCancelled} registration. */
    interface Registration {
        void close();
    }
}
