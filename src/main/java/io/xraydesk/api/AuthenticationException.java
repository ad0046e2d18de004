package io.xraydesk.api;

/**
 * HTTP 401: the userId / sessionToken pair is missing, wrong, expired or revoked (docs/october-api.md, Authentication).
 */
public class AuthenticationException extends OctoberException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(String message, int status, String method, String path) {
        super(message, status, method, path);
    }
}
