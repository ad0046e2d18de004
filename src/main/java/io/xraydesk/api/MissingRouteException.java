package io.xraydesk.api;

/**
 * A 404 whose body is not an October JSON error: the route itself does not exist on this server
 * (as opposed to a missing resource). Lets the client try the {@code /request/{id}} alias (docs/october-api.md,
 * Conventions).
 */
final class MissingRouteException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    MissingRouteException(String message, String method, String path) {
        super(message, 404, method, path);
    }
}
