package io.xraydesk.api;

/** HTTP 409: the resource is not in a state that allows the call (e.g. finalising a medium that is not a draft). */
public class ConflictException extends OctoberException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message, int status, String method, String path) {
        super(message, status, method, path);
    }
}
