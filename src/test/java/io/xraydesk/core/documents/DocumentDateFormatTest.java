package io.xraydesk.core.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocumentDateFormatTest {

    private static final LocalDate CLOSING = LocalDate.of(2024, 3, 31);

    @Test
    void englishShowsAndReadsAFourDigitYear() {
        DocumentDateFormat english = new DocumentDateFormat(Locale.ENGLISH);
        assertEquals("3/31/2024", english.format(CLOSING));
        assertEquals(Optional.of(CLOSING), english.parse(" 3/31/2024 "));
        assertEquals(Optional.of(CLOSING), english.parse("3/31/24"), "a two-digit year is still understood");
        assertEquals(Optional.of(LocalDate.of(1998, 12, 31)), english.parse("12/31/1998"));
    }

    @Test
    void frenchShowsDayFirst() {
        DocumentDateFormat french = new DocumentDateFormat(Locale.FRENCH);
        assertEquals("31/03/2024", french.format(CLOSING));
        assertEquals(Optional.of(CLOSING), french.parse("31/03/2024"));
        assertEquals(Optional.empty(), french.parse("3/31/2024"), "no month 31");
    }

    @Test
    void nothingOrNonsenseIsNoDate() {
        DocumentDateFormat english = new DocumentDateFormat(Locale.ENGLISH);
        assertEquals("", english.format(null));
        assertEquals(Optional.empty(), english.parse(""));
        assertEquals(Optional.empty(), english.parse(null));
        assertEquals(Optional.empty(), english.parse("last March"));
    }
}
