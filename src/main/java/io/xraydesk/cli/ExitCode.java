package io.xraydesk.cli;

/** Process exit codes of the command line, one per kind of failure a script may want to tell apart. */
public final class ExitCode {
    public static final int OK = 0;
    /** A failure no other code describes (a bug, a local file that cannot be read…). */
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int AUTH = 3;
    public static final int VALIDATION = 4;
    public static final int NOT_FOUND = 5;
    public static final int SERVER_OR_NETWORK = 6;
    public static final int TIMEOUT = 7;
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
