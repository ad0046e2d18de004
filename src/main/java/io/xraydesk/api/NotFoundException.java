package io.xraydesk.api;

/** HTTP 404 with an October JSON error: the resource does not exist (or is not visible to this user). */
public class NotFoundException extends OctoberException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message, int status, String method, String path) {
        super(message, status, method, path);
    }
}
