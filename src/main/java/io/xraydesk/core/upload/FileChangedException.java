package io.xraydesk.core.upload;

/** The file on disk is no longer the one queued (other size or content): sending it would be wrong. */
final class FileChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    FileChangedException(String detail) {
        super(detail);
    }
}
