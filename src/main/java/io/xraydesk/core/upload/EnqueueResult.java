package io.xraydesk.core.upload;

import java.nio.file.Path;
import java.util.List;

/**
 * What became of one file handed to {@link UploadQueue#enqueue}: queued (with its status), or refused
 * with the reasons, in the row's words. Warnings (a scanned PDF…) never block.
 */
public record EnqueueResult(Path path, UploadStatus queued, List<String> refusals, List<String> warnings) {

    public EnqueueResult {
        refusals = List.copyOf(refusals);
        warnings = List.copyOf(warnings);
    }

    public boolean isQueued() {
        return queued != null;
    }
}
