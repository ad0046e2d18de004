package io.xraydesk.cli;

/**
 * A command's own refusal (a file that fails the upload checks, a watch that timed out): the message
 * is already the line to print, the exit code the one to return.
 */
public final class CommandFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public CommandFailedException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
