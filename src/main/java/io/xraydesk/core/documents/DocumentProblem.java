package io.xraydesk.core.documents;

import io.xraydesk.core.i18n.ProblemKind;

/**
 * What can be wrong with a document or its description, each with its text under
 * {@code documents.problem.*}. A refusal stops the upload; a warning is shown and the analyst decides.
 */
public enum DocumentProblem implements ProblemKind {
    /** Args: file name. */
    NOT_FOUND("notFound", Severity.REFUSAL),
    /** A symbolic link whose target does not exist. Args: file name. */
    BROKEN_LINK("brokenLink", Severity.REFUSAL),
    /** Symbolic links pointing at each other. Args: file name. */
    LINK_LOOP("linkLoop", Severity.REFUSAL),
    /** Args: folder name. */
    DIRECTORY("directory", Severity.REFUSAL),
    /** A link inside a dropped folder pointing out of it: not followed. Args: link, its target, the folder. */
    LINK_OUT_OF_FOLDER("linkOutOfFolder", Severity.REFUSAL),
    /** A device, pipe or socket. Args: file name. */
    NOT_REGULAR("notRegular", Severity.REFUSAL),
    /** Args: file name. */
    NOT_READABLE("notReadable", Severity.REFUSAL),
    /** Args: file name. */
    EMPTY("empty", Severity.REFUSAL),
    /**
     * Args: file name, size in MiB, limit in MiB, size in bytes, limit in bytes (one byte over the limit
     * rounds to the limit in MiB: the bytes show the difference).
     */
    TOO_LARGE("tooLarge", Severity.REFUSAL),
    /** Content is neither PDF, JPEG nor PNG. Args: file name, what it looks like (localised). */
    UNSUPPORTED_TYPE("unsupportedType", Severity.REFUSAL),
    /** Content is a program. Args: file name, its extension. */
    EXECUTABLE("executable", Severity.REFUSAL),
    /** A PDF that opens only with a password. Args: file name. */
    PDF_PASSWORD("pdfPassword", Severity.REFUSAL),
    /** A PDF that cannot be parsed. Args: file name. */
    PDF_CORRUPT("pdfCorrupt", Severity.REFUSAL),
    /** Args: file name, the error's text. */
    READ_FAILED("readFailed", Severity.REFUSAL),
    /** A PDF without a text layer on its first pages. Args: file name. */
    PDF_NO_TEXT("pdfNoText", Severity.WARNING),
    /** Content type differs from what the extension says. Args: file name, detected type. */
    EXTENSION_MISMATCH("extensionMismatch", Severity.WARNING),
    /** Args: the date. */
    DATE_IN_FUTURE("dateInFuture", Severity.REFUSAL),
    /** Args: the date, the earliest accepted date. */
    DATE_TOO_OLD("dateTooOld", Severity.REFUSAL),
    /** Args: the period (localised), the category (localised), the accepted periods (localised). */
    PERIOD_NOT_ACCEPTED("periodNotAccepted", Severity.REFUSAL),
    /** A folder nested deeper than the walk goes. Args: folder path, depth limit. */
    TOO_DEEP("tooDeep", Severity.WARNING),
    /** More files than one drop takes. Args: the limit, how many files were left out. */
    TOO_MANY_FILES("tooManyFiles", Severity.WARNING);

    /** Whether the problem stops the upload. */
    public enum Severity { REFUSAL, WARNING }

    private final String key;
    private final Severity severity;

    DocumentProblem(String suffix, Severity severity) {
        this.key = "documents.problem." + suffix;
        this.severity = severity;
    }

    @Override
    public String messageKey() {
        return key;
    }

    /** A refusal stops the upload; a warning does not. */
    public boolean isRefusal() {
        return severity == Severity.REFUSAL;
    }
}
