package io.xraydesk.store;

import java.util.Locale;

/**
 * A write refused because the stored row is no longer at the version its writer read (optimistic
 * concurrency): {@code expectedVersion} is what the writer started from, {@code currentVersion} what
 * is stored now. Nothing was written. The subclasses name the kind of row and add what their callers
 * show.
 */
public abstract class VersionMismatchException extends RuntimeException {

    private final String id;
    private final long expectedVersion;
    private final long currentVersion;

    /** {@code detail} follows "<subject> <id> is at version <currentVersion>" in the message. */
    protected VersionMismatchException(Enum<?> subject, String id, long expectedVersion, long currentVersion,
            String detail) {
        super(subject.name().toLowerCase(Locale.ROOT) + " " + id + " is at version " + currentVersion + detail);
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
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
