package io.xraydesk.store;

/** Which October API a profile talks to. CUSTOM uses the profile's own base URL. */
public enum Environment {
    SANDBOX, PRODUCTION, CUSTOM
}
