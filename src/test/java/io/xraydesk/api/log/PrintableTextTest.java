package io.xraydesk.api.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrintableTextTest {

    @Test
    void forgedLinesAndEscapeSequencesAreShownEscaped() {
        String hostile = "ACME\r\nSUCCESS: request created\u001b[2J\u001b]0;owned\u0007";
        assertEquals("ACME\\r\\nSUCCESS: request created\\e[2J\\e]0;owned\\u0007", PrintableText.of(hostile));
    }

    @Test
    void c1ControlsBidiOverridesAndSeparatorsAreEscaped() {
        assertEquals("a\\u009bb\\u202ec\\u2028d\\u2066e\\u007f", PrintableText.of("a\u009bb\u202ec\u2028d\u2066e\u007f"));
    }

    @Test
    void honestTextIsUnchanged() {
        String name = "Société Générale — Ünïcødé 株式会社 \uD83D\uDE00";
        assertEquals(name, PrintableText.of(name));
    }

    @Test
    void longTextIsCutWithTheCountOfWhatWasLeftOut() {
        String huge = "x".repeat(15_000_000);
        String shown = PrintableText.of(huge, 20);
        assertEquals("x".repeat(20) + "… (14999980 more characters)", shown);
        assertFalse(shown.contains("\n"));
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String shown = PrintableText.of("ab\uD83D\uDE00cd", 3);
        assertTrue(shown.startsWith("ab…"), shown);
    }

    @Test
    void linesKeepOurLineFeedsAndEscapeTheRest() {
        assertEquals("first\nsecond \\e[31mred", PrintableText.lines("first\nsecond \u001b[31mred"));
        assertNull(PrintableText.lines(null));
        assertNull(PrintableText.of(null));
    }
}
