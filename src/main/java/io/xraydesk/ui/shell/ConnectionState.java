package io.xraydesk.ui.shell;

import io.xraydesk.core.session.ConnectionMonitor;
import io.xraydesk.ui.widgets.Badges.Tone;
import java.util.Locale;

/** What the status bar says about reaching the API. */
public enum ConnectionState {
    /** Nothing needs polling and nothing was called lately: nothing to tell, and nothing is wrong. */
    IDLE(Tone.NEUTRAL),
    CONNECTING(Tone.NEUTRAL),
    ONLINE(Tone.SUCCESS),
    /** The server answers, with errors (5xx): reachable but not working. */
    SERVER_ERRORS(Tone.WARNING),
    /** Calls get no answer; the watcher keeps retrying with backoff. */
    OFFLINE(Tone.DANGER);

    private final Tone tone;

    ConnectionState(Tone tone) {
        this.tone = tone;
    }

    public Tone tone() {
        return tone;
    }

    /** The state the status bar shows for the session's monitor. */
    public static ConnectionState of(ConnectionMonitor.State state) {
        return valueOf(state.name());
    }

    /** {@code connection.state.idle}, {@code …connecting}, {@code …online}, {@code …server_errors}, {@code …offline}. */
    public String messageKey() {
        return "connection.state." + name().toLowerCase(Locale.ROOT);
    }
}
