package io.xraydesk.api;

/**
 * Progress of an upload in file bytes (multipart framing excluded). Called on an HTTP client thread;
 * a new attempt starts again from 0.
 */
@FunctionalInterface
public interface UploadProgressListener {

    void onProgress(long bytesSent, long totalBytes);

    static UploadProgressListener none() {
        return (sent, total) -> { };
    }
}
