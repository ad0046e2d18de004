package io.xraydesk.core.upload;

import io.xraydesk.core.documents.FileReport;
import java.nio.file.Path;
import java.util.List;

/**
 * The checks of one file before it is queued, for showing a row: what {@link
 * io.xraydesk.core.documents.FileInspector} found, plus the duplicate guard of the request. The
 * messages are the row's words.
 */
public record FileCheck(Path path, FileReport report, List<String> refusals, List<String> warnings) {

    public FileCheck {
        refusals = List.copyOf(refusals);
        warnings = List.copyOf(warnings);
    }

    public boolean isAccepted() {
        return refusals.isEmpty();
    }
}
