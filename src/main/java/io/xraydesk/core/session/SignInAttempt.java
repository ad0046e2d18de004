package io.xraydesk.core.session;

import java.util.Objects;
import java.util.Optional;

/** How a sign-in went: the credential check, and the session when the check accepted them. */
public record SignInAttempt(CheckResult check, Optional<Session> session) {

    public SignInAttempt {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(session, "session");
    }
}
