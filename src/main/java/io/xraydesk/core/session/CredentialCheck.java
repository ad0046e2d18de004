package io.xraydesk.core.session;

import io.xraydesk.api.ApiCredentials;
import io.xraydesk.api.AuthenticationException;
import io.xraydesk.api.CancelledException;
import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.NetworkException;
import io.xraydesk.api.NotFoundException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.OctoberException;
import io.xraydesk.api.PermissionException;
import io.xraydesk.api.RateLimitedException;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.ServerException;
import io.xraydesk.api.ValidationException;

/**
 * Tells whether a user id / token pair is accepted, with one live call, before a session opens.
 *
 * <p>The API has no "who am I" call (docs/october-api.md, Authentication, open question OQ-2). The probe is {@code GET
 * /requests/000000000000000000000000}: a read of a request id that cannot exist. It changes nothing,
 * costs nothing, and its answer separates the cases the analyst must tell apart:
 * <ul>
 *   <li>401 / 403 → the credentials are refused;</li>
 *   <li>404 with an October JSON error → the server authenticated the call and then found no such
 *       request: credentials accepted. A 400/422 (a server that validates the id's shape after
 *       authenticating) and, improbably, a 200 also mean the call got past authentication;</li>
 *   <li>404 with a non-JSON body (the client's missing-route answer), a non-JSON 2xx, or a redirect
 *       → whatever answered is not the October API: wrong URL;</li>
 *   <li>5xx / 429 → server error; no answer → unreachable or TLS failure.</li>
 * </ul>
 * One attempt only: the analyst is waiting, and a retried unreachable host would only say the same
 * thing later.
 */
public final class CredentialCheck {

    /** 24 hex digits, the shape of an October id, so no server rejects it before authenticating. */
    static final String PROBE_REQUEST_ID = "000000000000000000000000";

    private CredentialCheck() {
    }

    /** Blocking; interrupting the calling thread cancels the call. */
    public static CheckResult run(ApiCredentials credentials, ConnectionSettings connection) {
        String host = credentials.baseUrl().getHost();
        OctoberClient client = new OctoberClient(credentials, HttpClientFactory.create(connection),
                RetryPolicy.none(), connection);
        try {
            client.getRequest(PROBE_REQUEST_ID);
            return new CheckResult(CheckOutcome.ACCEPTED, host, "");
        } catch (OctoberException failure) {
            return new CheckResult(outcomeOf(failure), host, failure.getMessage());
        }
    }

    /**
     * The same probe for a session already open ({@link SessionOpener#resume}), through its own client
     * so that the connection state hears it: returns when the credentials are accepted or cannot be
     * told now (offline, server errors: the screens say so, and the next call asks again); throws
     * {@link AuthenticationException} when they are refused, which signs the analyst out through the
     * {@link SessionGuard} like any refused call. Blocking.
     */
    public static void confirm(OctoberClient client) {
        try {
            client.getRequest(PROBE_REQUEST_ID);
        } catch (OctoberException failure) {
            if (outcomeOf(failure) == CheckOutcome.REJECTED) {
                throw failure instanceof AuthenticationException refused ? refused
                        : new AuthenticationException(failure.getMessage(), 403, "GET", "/requests/" + PROBE_REQUEST_ID);
            }
        }
    }

    static CheckOutcome outcomeOf(OctoberException failure) {
        if (failure instanceof AuthenticationException || failure instanceof PermissionException) {
            return CheckOutcome.REJECTED;
        }
        if (failure instanceof NotFoundException) {
            // The plain class carries an October JSON error; the client's own subclass is a route
            // that does not exist on this server (it is package-private to the API client).
            return failure.getClass() == NotFoundException.class ? CheckOutcome.ACCEPTED : CheckOutcome.WRONG_URL;
        }
        if (failure instanceof ValidationException) {
            return CheckOutcome.ACCEPTED;
        }
        if (failure instanceof NetworkException network) {
            return network.kind() == NetworkException.Kind.TLS ? CheckOutcome.TLS : CheckOutcome.UNREACHABLE;
        }
        if (failure instanceof ServerException || failure instanceof RateLimitedException) {
            return CheckOutcome.SERVER_ERROR;
        }
        if (failure instanceof CancelledException) {
            return CheckOutcome.CANCELLED;
        }
        // A non-JSON 2xx, a redirect or another unexpected status: not the API we were told to call.
        return CheckOutcome.WRONG_URL;
    }
}
