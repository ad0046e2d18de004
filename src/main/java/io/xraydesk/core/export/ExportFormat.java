package io.xraydesk.core.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files a report or a request can be exported to. */
public enum ExportFormat {
    PDF("pdf", "application/pdf"),
    CSV("csv", "text/csv"),
    JSON("json", "application/json");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** {@code pdf}, {@code CSV}… (case-insensitive); empty for anything else. */
    public static Optional<ExportFormat> parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
    }
}
