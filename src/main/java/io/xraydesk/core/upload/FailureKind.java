package io.xraydesk.core.upload;

/**
 * Why a file failed, in words an analyst understands; each has its text under {@code upload.failure.*}
 * taking one argument, the detail (server or system message).
 */
public enum FailureKind {
    TOO_LARGE,
    REJECTED_BY_STORAGE,
    REFUSED_BY_SERVER,
    NOT_FOUND,
    CREDENTIALS,
    PERMISSION,
    RATE_LIMITED,
    NETWORK,
    SERVER,
    FILE_CHANGED,
    FILE_UNREADABLE,
    UNEXPECTED;

    public String messageKey() {
        return "upload.failure." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
