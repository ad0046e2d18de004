package io.xraydesk.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text the analyst reads, from {@code io/xraydesk/messages.properties} (English) and {@code
 * messages_fr.properties} (French). Shared by the window and the command line so that both say the
 * same thing about the same problem.
 */
public final class Messages {

    public static final String BUNDLE = "io.xraydesk.messages";

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static volatile Locale locale = Locale.getDefault();

    private Messages() {
    }

    /** Switches the language of texts fetched from now on (settings override of the OS locale). */
    public static void setLocale(Locale newLocale) {
        locale = newLocale;
    }

    public static Locale locale() {
        return locale;
    }

    public static ResourceBundle bundle() {
        // No fallback to the JVM's default locale: English asked for on a French machine must give
        // the base (English) bundle, not messages_fr.
        return ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE_FALLBACK);
    }

    /** The text for {@code key}, with {@link MessageFormat} arguments filled in. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            // A missing key is a bug the localisation test catches; never crash the screen over it.
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
