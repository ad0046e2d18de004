package io.xraydesk.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Run in a child JVM by {@link JournalCrashSafetyTest}: walks journal items through their states in
 * an endless loop and prints each transition after it has been committed, until it is killed.
 */
public final class JournalCrashWriter {

    private JournalCrashWriter() {
    }

    public static void main(String[] args) {
        try (LocalDatabase db = LocalDatabase.open(Path.of(args[0]))) {
            UploadJournal journal = db.uploadJournal();
            for (int n = 0; ; n++) {
                UploadItem item = UploadItem.queued("request", "/file" + n, "file" + n, n, "sha" + n,
                        "application/pdf", null, null, null, Instant.now());
                journal.enqueue(item);
                committed(item, UploadState.QUEUED);
                journal.markMediumCreated(item.id(), "medium" + n, "{\"n\":" + n + "}");
                committed(item, UploadState.MEDIUM_CREATED);
                journal.markUploaded(item.id(), item.sha256());
                committed(item, UploadState.UPLOADED);
                journal.markOnline(item.id());
                committed(item, UploadState.ONLINE);
            }
        }
    }

    private static void committed(UploadItem item, UploadState state) {
        System.out.println(item.id() + " " + state);
        System.out.flush();
    }
}
