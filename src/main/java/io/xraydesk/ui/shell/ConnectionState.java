package io.xraydesk.ui.shell;

import io.xraydesk.ui.widgets.Badges.Tone;
import java.util.Locale;

/** What the status bar says about reaching the API. */
public enum ConnectionState {
    CONNECTING(Tone.NEUTRAL),
    ONLINE(Tone.SUCCESS),
    /** The last call failed for network reasons; the watcher keeps retrying with backoff. */
    OFFLINE_RETRYING(Tone.DANGER);

    private final Tone tone;

    ConnectionState(Tone tone) {
        this.tone = tone;
    }

    public Tone tone() {
        return tone;
    }

    /** {@code connection.state.connecting}, {@code …online}, {@code …offline_retrying}. */
    public String messageKey() {
        return "connection.state." + name().toLowerCase(Locale.ROOT);
    }
}
