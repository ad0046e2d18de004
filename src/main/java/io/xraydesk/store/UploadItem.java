package io.xraydesk.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One file in the upload journal. {@code uploadTargetJson} is the storage form data of the current
 * attempt, kept as JSON text so this package does not depend on the API's types; {@code date} is an
 * ISO date string. Timestamps are kept to the millisecond, the precision the database stores.
 * {@code sha256} is empty until it is known: from the checks for a file modified just before them,
 * otherwise from the sending; {@code fileIdentity} is what the checks saw of the file (size, times,
 * inode) as the upload package writes it, null on rows checked before it was kept.
 */
public record UploadItem(
        UUID id,
        String requestId,
        String filePath,
        String fileName,
        long sizeBytes,
        String sha256,
        String fileIdentity,
        String contentType,
        String category,
        String period,
        String date,
        UploadState state,
        String mediumId,
        String uploadTargetJson,
        String failureKind,
        String failureMessage,
        int attempts,
        Instant createdAt,
        Instant updatedAt) {

    public UploadItem {
        Required.nonNull("id, requestId, filePath, fileName, sha256, state",
                id, requestId, filePath, fileName, sha256, state);
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
        updatedAt = updatedAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * A file the analyst named, recorded before its checks: its size, fingerprint and content type are
     * not known yet (empty fingerprint), its description is.
     */
    public static UploadItem checking(String requestId, String filePath, String fileName, String category,
                                      String period, String date, Instant now) {
        return new UploadItem(UUID.randomUUID(), requestId, filePath, fileName, 0, "", null, null, category, period,
                date, UploadState.CHECKING, null, null, null, null, 0, now, now);
    }

    /** A new file waiting in the queue, with a fresh id. */
    public static UploadItem queued(String requestId, String filePath, String fileName, long sizeBytes,
                                    String sha256, String contentType, String category, String period,
                                    String date, Instant now) {
        return new UploadItem(UUID.randomUUID(), requestId, filePath, fileName, sizeBytes, sha256, null, contentType,
                category, period, date, UploadState.QUEUED, null, null, null, null, 0, now, now);
    }
}
