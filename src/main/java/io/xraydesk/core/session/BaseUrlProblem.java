package io.xraydesk.core.session;

import java.util.Locale;

/** Why a typed base URL cannot be used; each has a message {@code signin.baseurl.<name>}. */
public enum BaseUrlProblem {
    EMPTY,
    NOT_A_URL,
    /** Plain http to another computer: the token would cross the network in clear. */
    PLAIN_HTTP_REMOTE,
    QUERY_OR_FRAGMENT;

    public String messageKey() {
        return "signin.baseurl." + name().toLowerCase(Locale.ROOT);
    }
}
