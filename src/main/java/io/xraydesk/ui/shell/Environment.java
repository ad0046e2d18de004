package io.xraydesk.ui.shell;

import io.xraydesk.ui.widgets.Badges.Tone;
import java.util.Locale;

/** Which October API the window talks to, always visible so nobody mistakes demo data for real. */
public enum Environment {
    /** The embedded emulator: demo and offline work, nothing leaves the machine. */
    SANDBOX(Tone.WARNING),
    PRODUCTION(Tone.INFO);

    private final Tone tone;

    Environment(Tone tone) {
        this.tone = tone;
    }

    public Tone tone() {
        return tone;
    }

    /** {@code environment.sandbox} or {@code environment.production}. */
    public String messageKey() {
        return "environment." + name().toLowerCase(Locale.ROOT);
    }
}
