package io.xraydesk.store;

import java.util.Objects;

/**
 * Who did something on a request: the API user id, which is stable and what a team's records match
 * on, and when known a name people read (the profile's name). Never the session token.
 */
public record Analyst(String userId, String name) {

    public Analyst {
        Objects.requireNonNull(userId, "userId");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("an analyst needs a user id");
        }
        name = name == null || name.isBlank() ? null : name.strip();
    }

    /** The name when there is one, else the user id. */
    public String displayName() {
        return name != null ? name : userId;
    }
}
