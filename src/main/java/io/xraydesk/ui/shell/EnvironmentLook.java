package io.xraydesk.ui.shell;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Environment;
import io.xraydesk.ui.widgets.Badges.Tone;
import java.util.Locale;

/**
 * How an {@link Environment} shows in the window, always visible so nobody mistakes demo data for
 * real: the sandbox in the warning tone, a real API in the info tone.
 */
public final class EnvironmentLook {

    private EnvironmentLook() {
    }

    public static Tone tone(Environment environment) {
        return environment == Environment.SANDBOX ? Tone.WARNING : Tone.INFO;
    }

    /** "Sandbox", "Production" or "Custom", from {@code environment.<name>}. */
    public static String label(Environment environment) {
        return Messages.get("environment." + environment.name().toLowerCase(Locale.ROOT));
    }
}
