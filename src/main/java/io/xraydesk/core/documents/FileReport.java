package io.xraydesk.core.documents;

import io.xraydesk.core.i18n.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link FileInspector} found about one file. {@code contentType} is null when the file was
 * refused before its content could be recognised; {@code sha256} also when it was not asked for.
 */
public record FileReport(Path path, long size, ContentType contentType, String sha256,
        List<Problem<DocumentProblem>> refusals, List<Problem<DocumentProblem>> warnings) {

    public FileReport {
        refusals = List.copyOf(refusals);
        warnings = List.copyOf(warnings);
    }

    /** True when nothing prevents the upload (warnings may still be shown). */
    public boolean isAccepted() {
        return refusals.isEmpty();
    }

    public Optional<ContentType> type() {
        return Optional.ofNullable(contentType);
    }

    /** Lower-case hex SHA-256 of the content, when it was asked for: the duplicate guard of a racy file. */
    public Optional<String> hash() {
        return Optional.ofNullable(sha256);
    }
}
