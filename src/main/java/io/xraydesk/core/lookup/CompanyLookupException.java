package io.xraydesk.core.lookup;

/**
 * The company search could not answer (unreachable, too slow, refused or unreadable answer). Never
 * fatal: the request can be created without it. The message names the host and the reason only.
 */
public class CompanyLookupException extends Exception {

    private static final long serialVersionUID = 1L;

    public CompanyLookupException(String message, Throwable cause) {
        super(message, cause);
    }

    public CompanyLookupException(String message) {
        super(message);
    }
}
