package io.xraydesk.core.upload;

import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadState;
import java.util.Optional;
import java.util.UUID;

/**
 * One file as the queue sees it right now: its journal row plus the live transfer figures (bytes sent
 * and speed of the current attempt). What the panel and the command line show.
 */
public record UploadStatus(UploadItem item, long bytesSent, double bytesPerSecond) {

    public UUID id() {
        return item.id();
    }

    public UploadState state() {
        return item.state();
    }

    /** Bytes that count as transferred: all of them once the storage has the file. */
    public long bytesDone() {
        return switch (item.state()) {
            case UPLOADED, ONLINE -> item.sizeBytes();
            default -> Math.min(bytesSent, item.sizeBytes());
        };
    }

    /** 0 to 100. */
    public int percent() {
        return item.sizeBytes() <= 0 ? 0 : (int) (bytesDone() * 100 / item.sizeBytes());
    }

    /** Why the checks refused the file, in the row's words, when they did. */
    public Optional<String> refusal() {
        return item.state() == UploadState.REFUSED ? Optional.ofNullable(item.failureMessage()) : Optional.empty();
    }

    /** Why the file failed, when it did. */
    public Optional<UploadFailure> failure() {
        if (item.state() != UploadState.FAILED || item.failureKind() == null) {
            return Optional.empty();
        }
        FailureKind kind;
        try {
            kind = FailureKind.valueOf(item.failureKind());
        } catch (IllegalArgumentException unknown) {
            kind = FailureKind.UNEXPECTED;
        }
        return Optional.of(new UploadFailure(kind, item.failureMessage()));
    }
}
