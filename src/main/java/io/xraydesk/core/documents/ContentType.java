package io.xraydesk.core.documents;

import java.util.List;

/** The file contents the API analyses, recognised by their first bytes, never by their name. */
public enum ContentType {
    PDF("application/pdf", List.of("pdf")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    PNG("image/png", List.of("png"));

    private final String mimeType;
    private final List<String> extensions;

    ContentType(String mimeType, List<String> extensions) {
        this.mimeType = mimeType;
        this.extensions = extensions;
    }

    public String mimeType() {
        return mimeType;
    }

    /** Whether a file named with {@code extension} (lower case, no dot) is expected to hold this type. */
    public boolean matchesExtension(String extension) {
        return extensions.contains(extension);
    }
}
