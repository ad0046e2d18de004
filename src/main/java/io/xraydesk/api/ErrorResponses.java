package io.xraydesk.api;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;

/** Maps a non-2xx API answer to the exception of its status (docs/october-api.md, Errors). */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static OctoberException toException(int status, HttpHeaders headers, String body, String method, String path,
            Clock clock) {
        ErrorBody error = ErrorBody.parse(body);
        String message = error.message();
        Duration retryAfter = RetryAfter.of(headers, clock);
        return switch (status) {
            case 400, 413, 422 -> new ValidationException(message, error.field(), status, method, path);
            case 401 -> new AuthenticationException(message, status, method, path);
            case 403 -> new PermissionException(message, status, method, path);
            case 404 -> error.isJsonObject()
                    ? new NotFoundException(message, status, method, path)
                    : new MissingRouteException(message, method, path);
            case 409 -> new ConflictException(message, status, method, path);
            case 429 -> new RateLimitedException(message, retryAfter, method, path);
            default -> {
                if (status >= 500) {
                    yield new ServerException(message, status, retryAfter, method, path);
                }
                yield new OctoberException(status >= 300 && status < 400 ? redirect(headers) : message, status,
                        method, path);
            }
        };
    }

    /** Redirects are never followed (the headers must not travel elsewhere); say where it pointed. */
    private static String redirect(HttpHeaders headers) {
        String target = headers.firstValue("Location").map(ErrorResponses::hostOf).orElse("an unnamed place");
        return "unexpected redirect to " + target + " (redirects are not followed)";
    }

    private static String hostOf(String location) {
        try {
            String host = java.net.URI.create(location).getHost();
            return host == null ? "another path" : host;
        } catch (IllegalArgumentException unreadable) {
            return "an unreadable address";
        }
    }
}
