package io.xraydesk.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Locale jvmDefault = Locale.getDefault();
    private final Locale chosen = Messages.locale();

    @AfterEach
    void restore() {
        Locale.setDefault(jvmDefault);
        Messages.setLocale(chosen);
    }

    @Test
    void englishChosenOnAFrenchMachineStaysEnglish() {
        Locale.setDefault(Locale.FRANCE);
        Messages.setLocale(Locale.ENGLISH);
        assertEquals(Locale.ROOT, Messages.bundle().getLocale());
    }

    @Test
    void frenchChosenGivesTheFrenchBundle() {
        Locale.setDefault(Locale.US);
        Messages.setLocale(Locale.FRANCE);
        assertEquals("fr", Messages.bundle().getLocale().getLanguage());
    }

    @Test
    void aMissingKeyIsShownAsItselfRatherThanFailing() {
        assertEquals("no.such.key", Messages.get("no.such.key"));
    }
}
