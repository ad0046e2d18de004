package io.xraydesk.store;

/**
 * The local database (or the team database) could not be used. {@link #kind()} tells the caller what it can do about it:
 * a {@link Kind#CORRUPT} file can be moved aside and recreated, a {@link Kind#LOCKED} one is in use
 * by another running copy of the app.
 */
public final class StoreException extends RuntimeException {

    public enum Kind {
        /** The file is not a database or its pages are damaged. */
        CORRUPT,
        /** Another process holds a lock on the database longer than the busy timeout. */
        LOCKED,
        /** The team database cannot be reached (network, server down, role refused); the next call retries. */
        UNREACHABLE,
        /** Anything else: disk full, permissions, a bug in a statement. */
        FAILED
    }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
