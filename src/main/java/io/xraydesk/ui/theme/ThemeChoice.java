package io.xraydesk.ui.theme;

import io.xraydesk.store.Theme;
import java.util.Locale;

/** What the analyst picked under View ▸ Theme. */
public enum ThemeChoice {
    /** Follow the operating system's light/dark setting where it can be read; light otherwise. */
    SYSTEM,
    LIGHT,
    DARK;

    /** Message key of the menu label: {@code theme.choice.system}, {@code …light}, {@code …dark}. */
    public String messageKey() {
        return "theme.choice." + name().toLowerCase(Locale.ROOT);
    }

    /** The choice a settings file keeps. */
    public static ThemeChoice of(Theme saved) {
        return valueOf(saved.name());
    }

    /** This choice as the settings file keeps it. */
    public Theme saved() {
        return Theme.valueOf(name());
    }

    /** Reads a saved or command-line value ({@code dark}, {@code LIGHT}…); unknown text means SYSTEM. */
    public static ThemeChoice parse(String text) {
        if (text != null) {
            for (ThemeChoice choice : values()) {
                if (choice.name().equalsIgnoreCase(text.trim())) {
                    return choice;
                }
            }
        }
        return SYSTEM;
    }
}
