package io.xraydesk.store;

/** How a request became known to this app. */
public enum RequestOrigin {
    CREATED_HERE, OPENED_BY_ID, WEBHOOK
}
