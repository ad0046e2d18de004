package io.xraydesk.store;

/** How outgoing connections find a proxy. */
public enum ProxyMode {
    /** Whatever the operating system is configured with. */
    SYSTEM,
    /** Direct connections. */
    NONE,
    /** The host and port in {@link NetworkSettings}. */
    MANUAL
}
