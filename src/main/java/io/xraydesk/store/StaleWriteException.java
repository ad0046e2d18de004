package io.xraydesk.store;

import java.util.Locale;

/**
 * A write refused because the row changed since the value being written was read: someone else (another
 * analyst's desktop, another process) stored a newer version in between. Nothing was written; the
 * writer reads the row again and decides. {@code expectedVersion} 0 means the writer believed the row
 * did not exist yet; {@code currentVersion} 0 means it no longer exists.
 */
public final class StaleWriteException extends RuntimeException {

    /** The kind of shared row the write was for. */
    public enum Subject { REQUEST, REPORT, FOLLOWER }

    private final Subject subject;
    private final String id;
    private final long expectedVersion;
    private final long currentVersion;

    public StaleWriteException(Subject subject, String id, long expectedVersion, long currentVersion) {
        super(subject.name().toLowerCase(Locale.ROOT) + " " + id + " is at version " + currentVersion
                + ", not " + expectedVersion + " as when it was read: nothing was written");
        this.subject = subject;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public Subject subject() {
        return subject;
    }

    public String id() {
        return id;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
