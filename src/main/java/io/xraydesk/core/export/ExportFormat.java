package io.xraydesk.core.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files a report or a request can be exported to. */
public enum ExportFormat {
    PDF("pdf"),
    CSV("csv"),
    JSON("json");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** {@code pdf}, {@code CSV}… (case-insensitive); empty for anything else. */
    public static Optional<ExportFormat> parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
    }
}
