package io.xraydesk.testing;

import io.xraydesk.core.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the language of {@link Messages}, which is global, from leaking out of a test: the locale a
 * test finds is put back after it, whatever the test switched to. Optionally each test starts in a
 * chosen language. Register it on an instance field with {@code @RegisterExtension}.
 */
public final class MessagesLocale implements BeforeEachCallback, AfterEachCallback {

    /** Null: tests start in whatever language is current. */
    private final Locale startIn;
    private Locale found;

    private MessagesLocale(Locale startIn) {
        this.startIn = startIn;
    }

    /** Tests start in the current language and may switch; it is restored after each. */
    public static MessagesLocale restored() {
        return new MessagesLocale(null);
    }

    /** Each test starts in English (the texts its assertions quote); the previous language is restored after. */
    public static MessagesLocale english() {
        return new MessagesLocale(Locale.ENGLISH);
    }

    /** Each test starts in French; the previous language is restored after. */
    public static MessagesLocale french() {
        return new MessagesLocale(Locale.FRENCH);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        found = Messages.locale();
        if (startIn != null) {
            Messages.setLocale(startIn);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.setLocale(found);
    }
}
