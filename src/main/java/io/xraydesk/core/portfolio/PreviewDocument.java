package io.xraydesk.core.portfolio;

import io.xraydesk.core.upload.DocumentDescription;
import java.nio.file.Path;
import java.util.List;

/**
 * One file found for a company: how it will be described (category, period and date guessed from its name,
 * docs/portfolio.md, Documents), its size and SHA-256 as the upload checks read them, and why it would be
 * refused (unreadable, too large, an unsupported type…). Refusals and warnings are in the row's words.
 */
public record PreviewDocument(Path file, DocumentDescription description, long size, String sha256,
        List<String> refusals, List<String> warnings) {

    public PreviewDocument {
        refusals = List.copyOf(refusals);
        warnings = List.copyOf(warnings);
    }

    public boolean isAccepted() {
        return refusals.isEmpty();
    }

    /** The file's name and why it is refused, as the row and the report say it. */
    public String refusalText() {
        return file.getFileName() + ": " + String.join(" ", refusals);
    }
}
