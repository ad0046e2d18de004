package io.xraydesk.core.export;

import java.util.Optional;

/** The files a report or a request can be exported to. */
public enum ExportFormat implements ExportFileType {
    PDF,
    CSV,
    JSON;

    /** {@code pdf}, {@code CSV}… (case-insensitive); empty for anything else. */
    public static Optional<ExportFormat> parse(String text) {
        return ExportFileType.byExtension(values(), text);
    }
}
