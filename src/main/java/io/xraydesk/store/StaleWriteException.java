package io.xraydesk.store;

/**
 * A write refused because the row changed since the value being written was read: someone else (another
 * analyst's desktop, another process) stored a newer version in between. Nothing was written; the
 * writer reads the row again and decides. {@code expectedVersion} 0 means the writer believed the row
 * did not exist yet; {@code currentVersion} 0 means it no longer exists.
 */
public final class StaleWriteException extends VersionMismatchException {

    /** The kind of shared row the write was for. */
    public enum Subject { REQUEST, REPORT, FOLLOWER }

    private final Subject subject;

    public StaleWriteException(Subject subject, String id, long expectedVersion, long currentVersion) {
        super(subject, id, expectedVersion, currentVersion,
                ", not " + expectedVersion + " as when it was read: nothing was written");
        this.subject = subject;
    }

    public Subject subject() {
        return subject;
    }
}
