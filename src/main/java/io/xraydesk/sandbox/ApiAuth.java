package io.xraydesk.sandbox;

import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The three-header check (docs/october-api.md, Authentication). A missing header or unknown/revoked credentials → 401
 * (as documented); a present but malformed {@code October-Version} → 400 and any well-formed date is accepted
 * (docs/october-api.md, open question OQ-3, inferred). Header names match in any casing ({@link Headers} normalises
 * them).
 */
final class ApiAuth {

    static final String USER_ID = "userId";
    static final String SESSION_TOKEN = "sessionToken";
    static final String VERSION = "October-Version";

    private final SandboxState state;

    ApiAuth(SandboxState state) {
        this.state = state;
    }

    /** The authenticated user id; throws 401/400 {@link ApiError}s otherwise. */
    String authenticate(Headers headers) {
        // Every call of the API is authenticated first: counted here, it is the rate a team spends (docs/team.md).
        state.counters.increment(Counters.API_CALLS);
        String userId = headers.getFirst(USER_ID);
        String token = headers.getFirst(SESSION_TOKEN);
        String version = headers.getFirst(VERSION);
        if (userId == null || token == null || version == null) {
            throw refused("The userId, sessionToken and October-Version headers are required");
        }
        Optional<String> expected = state.tokenOf(userId);
        if (expected.isEmpty() || !MessageDigest.isEqual(expected.get().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw refused("Unknown user or invalid session token");
        }
        if (!isVersionDate(version)) {
            throw ApiError.badRequest("invalid_version",
                    "October-Version must be a release date written yyyy-mm-dd, e.g. 2024-01-25", "October-Version");
        }
        return userId;
    }

    static boolean isVersionDate(String value) {
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private ApiError refused(String message) {
        state.counters.increment(Counters.UNAUTHORIZED);
        return new ApiError(401, "unauthorized", message);
    }
}
