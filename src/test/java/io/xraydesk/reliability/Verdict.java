package io.xraydesk.reliability;

import io.xraydesk.core.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How one bad-input case was answered: clearly (with what) or not (and why); or skipped, when this
 * machine cannot provoke it (then it counts neither way and says so).
 */
record Verdict(boolean answered, String detail, boolean skipped) {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH);

    static Verdict yes(String detail) {
        return new Verdict(true, detail, false);
    }

    static Verdict no(String why) {
        return new Verdict(false, why, false);
    }

    static Verdict check(boolean ok, String detail) {
        return new Verdict(ok, detail, false);
    }

    static Verdict skipped(String why) {
        return new Verdict(false, "SKIPPED: " + why, true);
    }

    /**
     * A refusal whose text, in English and in French, is present, localised (not its bare key), free
     * of stack traces and secrets.
     */
    static Verdict refusedClearly(Supplier<String> message, String key) {
        Locale before = Messages.locale();
        try {
            StringBuilder shown = new StringBuilder();
            for (Locale language : LANGUAGES) {
                Messages.setLocale(language);
                String text = message.get();
                String problem = ClearMessages.problemOf(text, List.of());
                if (problem != null) {
                    return no(language + ": " + problem);
                }
                if (text.equals(key) || text.matches("[a-z]+(\\.[a-zA-Z]+)+")) {
                    return no(language + ": the bare key " + text + " instead of a text");
                }
                if (shown.length() == 0) {
                    shown.append(text);
                }
            }
            return yes("refused: " + shown);
        } finally {
            Messages.setLocale(before);
        }
    }
}
