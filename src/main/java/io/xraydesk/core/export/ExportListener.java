package io.xraydesk.core.export;

import java.nio.file.Path;

/** Told by {@link ReportExporter} of each file it completed (the audit trail records exports). */
@FunctionalInterface
public interface ExportListener {

    ExportListener NONE = (subject, format, file) -> {
    };

    /** {@code file} is complete and in place. Called on the exporting thread. */
    void exported(ExportSubject subject, ExportFormat format, Path file);
}
