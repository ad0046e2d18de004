package io.xraydesk.sandbox;

/**
 * An October-style error answer: thrown by a handler, written by {@link Exchanges} as
 * {@code {"error":<code>,"message":<text>[,"field":<path>]}} (docs/october-api.md, Errors, inferred body).
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;

    ApiError(int status, String code, String message) {
        this(status, code, message, null);
    }

    ApiError(int status, String code, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    static ApiError badRequest(String code, String message, String field) {
        return new ApiError(400, code, message, field);
    }

    static ApiError notFound(String what, String id) {
        return new ApiError(404, "not_found", what + " " + id + " does not exist");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String field() {
        return field;
    }
}
