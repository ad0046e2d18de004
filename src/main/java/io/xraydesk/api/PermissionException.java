package io.xraydesk.api;

/** HTTP 403: the token is valid but its user may not do this. */
public class PermissionException extends OctoberException {

    private static final long serialVersionUID = 1L;

    public PermissionException(String message, int status, String method, String path) {
        super(message, status, method, path);
    }
}
