package io.xraydesk.core.session;

import java.util.Locale;

/** What the live credential check found; each failure has its message {@code signin.check.<name>}. */
public enum CheckOutcome {
    /** The server authenticated the call. */
    ACCEPTED,
    /** 401 or 403: the user id / token pair is wrong, revoked, or not allowed. */
    REJECTED,
    /** No answer: the name did not resolve, the connection failed or timed out. */
    UNREACHABLE,
    /** The secure connection failed, most often a certificate this computer does not trust. */
    TLS,
    /** The server answered with a 5xx or asked to slow down. */
    SERVER_ERROR,
    /** Something answered, but not the October API: a missing route, a web page, a redirect. */
    WRONG_URL,
    /** The analyst stopped the check. */
    CANCELLED;

    public String messageKey() {
        return "signin.check." + name().toLowerCase(Locale.ROOT);
    }
}
