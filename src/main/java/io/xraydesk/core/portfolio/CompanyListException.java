package io.xraydesk.core.portfolio;

/** A company list that cannot be used at all (unreadable, no header, no code column); the message says why. */
public final class CompanyListException extends RuntimeException {

    public CompanyListException(String message, Throwable cause) {
        super(message, cause);
    }
}
