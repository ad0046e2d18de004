package io.xraydesk.core.session;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.store.Environment;
import io.xraydesk.store.Profile;
import io.xraydesk.store.Settings;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens a {@link Session} for a profile: finds its API (starting the embedded sandbox for the
 * Sandbox environment), checks the credentials live, then builds the clients. Blocking: call it off
 * the FX thread; interrupting the thread cancels the check.
 */
public final class SessionOpener {

    private final EmbeddedSandbox sandbox;

    public SessionOpener(EmbeddedSandbox sandbox) {
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    }

    public EmbeddedSandbox sandbox() {
        return sandbox;
    }

    /** The API base of the profile's environment; the Custom URL must already have passed {@link BaseUrlRule}. */
    public URI baseUrl(Profile profile) {
        return switch (profile.environment()) {
            case SANDBOX -> sandbox.apiBaseUri();
            case PRODUCTION -> ApiEndpoints.PRODUCTION;
            case CUSTOM -> BaseUrlRule.parse(profile.baseUrl());
        };
    }

    /** The sandbox answers company searches itself; elsewhere the public service, when turned on. */
    public Optional<URI> companyLookupBase(Environment environment, Settings settings) {
        if (environment == Environment.SANDBOX) {
            return Optional.of(sandbox.lookupBaseUri());
        }
        return settings.companyLookupEnabled(environment) ? Optional.of(ApiEndpoints.COMPANY_LOOKUP) : Optional.empty();
    }

    /**
     * Checks {@code token} for {@code profile} with {@link CredentialCheck} and, when it is
     * accepted, opens the session over {@code connection}.
     */
    public SignInAttempt signIn(Profile profile, String token, ConnectionSettings connection, Settings settings) {
        ApiCredentials credentials = credentials(profile, token);
        CheckResult check = CredentialCheck.run(credentials, connection);
        if (!check.accepted()) {
            return new SignInAttempt(check, Optional.empty());
        }
        return new SignInAttempt(check, Optional.of(Session.open(profile, credentials, connection,
                companyLookupBase(profile.environment(), settings))));
    }

    /**
     * Opens the session of a remembered profile without the live check, so that the analyst finds the
     * requests list from the local cache at once: the token was accepted when it was remembered.
     * Confirm it with {@link CredentialCheck#confirm} right after, in the background.
     */
    public Session resume(Profile profile, String token, ConnectionSettings connection, Settings settings) {
        return Session.open(profile, credentials(profile, token), connection,
                companyLookupBase(profile.environment(), settings));
    }

    private ApiCredentials credentials(Profile profile, String token) {
        return new ApiCredentials(baseUrl(profile), profile.userId(), token,
                profile.octoberVersion() == null ? ApiCredentials.DEFAULT_VERSION : profile.octoberVersion());
    }
}
