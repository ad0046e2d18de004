package io.xraydesk.cli;

/** The command line was not understood; the message says what to change. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
