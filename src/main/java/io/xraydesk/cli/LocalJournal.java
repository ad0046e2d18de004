package io.xraydesk.cli;

import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files this installation sent to a request, read from the upload journal, so that the X-Ray
 * states know which documents were sent. A machine that never uploaded has no database: nothing is
 * created for a read.
 */
final class LocalJournal {

    private LocalJournal() {
    }

    static List<UploadItem> itemsOf(CliContext context, String requestId) {
        Path file = context.paths().database();
        if (!Files.exists(file)) {
            return List.of();
        }
        try (LocalDatabase database = LocalDatabase.open(file)) {
            return database.uploadJournal().forRequest(requestId);
        }
    }
}
