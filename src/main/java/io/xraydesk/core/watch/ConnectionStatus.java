package io.xraydesk.core.watch;

/** What the watcher knows about reaching the API, for the status bar. */
public enum ConnectionStatus {
    /** Nothing answered yet since the watcher started. */
    CONNECTING,
    /** The last call got an answer. */
    ONLINE,
    /** The last call failed for network reasons; polling is paused and retried with backoff. */
    OFFLINE_RETRYING
}
