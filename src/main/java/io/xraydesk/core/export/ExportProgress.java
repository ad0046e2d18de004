package io.xraydesk.core.export;

/**
 * Where an export reports how far it got. Cancelling is interrupting the exporting thread: the
 * export then stops with an {@link java.io.InterruptedIOException} and leaves no partial file.
 */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
