package io.xraydesk.api;

/**
 * A non-idempotent call (a POST) failed after its bytes may have reached the server: the resource
 * may or may not have been created. The client never repeats such a call by itself; the caller
 * reconciles (e.g. lists what exists) instead of creating a duplicate.
 */
public class OutcomeUnknownException extends NetworkException {

    private static final long serialVersionUID = 1L;

    public OutcomeUnknownException(NetworkException failure) {
        super("the call may or may not have been applied by the server (" + failure.getMessage()
                + "); check before repeating it", failure.kind(), failure.host(), failure.method(),
                failure.path(), failure.getCause());
    }
}
