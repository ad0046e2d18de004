package io.xraydesk.ui.shell;

import java.util.Locale;

/** The language of the interface: the operating system's, or an explicit override. */
public enum LanguageChoice {
    SYSTEM,
    ENGLISH,
    FRENCH;

    /** {@code language.choice.system}, {@code …english}, {@code …french}. */
    public String messageKey() {
        return "language.choice." + name().toLowerCase(Locale.ROOT);
    }

    /** The locale to use; French for a French-speaking system, English for any other. */
    public Locale locale(Locale system) {
        return switch (this) {
            case ENGLISH -> Locale.ENGLISH;
            case FRENCH -> Locale.FRENCH;
            case SYSTEM -> system.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
        };
    }

    /** The language tag the settings file keeps: null follows the system. */
    public String savedTag() {
        return switch (this) {
            case ENGLISH -> "en";
            case FRENCH -> "fr";
            case SYSTEM -> null;
        };
    }

    /** Reads a saved or command-line value ({@code fr}, {@code en}, {@code french}…); else SYSTEM. */
    public static LanguageChoice parse(String text) {
        if (text == null) {
            return SYSTEM;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "fr", "french", "français", "francais" -> FRENCH;
            case "en", "english" -> ENGLISH;
            default -> SYSTEM;
        };
    }
}
