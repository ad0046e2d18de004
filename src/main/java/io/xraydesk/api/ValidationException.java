package io.xraydesk.api;

import java.util.Optional;

/**
 * HTTP 400, 413 or 422: the server refused the input. {@link #serverMessage()} is what the server
 * said (already redacted), {@link #field()} the offending field when the body names one, so a form
 * can show the message next to that field.
 */
public class ValidationException extends OctoberException {

    private static final long serialVersionUID = 1L;

    private final String serverMessage;
    private final String field;

    public ValidationException(String serverMessage, String field, int status, String method, String path) {
        super(serverMessage, status, method, path);
        this.serverMessage = serverMessage;
        this.field = field;
    }

    public String serverMessage() {
        return serverMessage;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
