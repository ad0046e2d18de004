package io.xraydesk.core.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BusinessNameAndCreatorTest {

    @Test
    void businessNameIsTrimmedCollapsedAndComposed() {
        assertEquals("Boulangerie Dupont SAS", BusinessNameRule.normalise("  Boulangerie \t Dupont\n\u00A0SAS ").value());
        assertEquals("Caf\u00E9 Martin", BusinessNameRule.normalise("Cafe\u0301 Martin").value());
        assertNull(BusinessNameRule.normalise(" \n ").value());
        assertNull(BusinessNameRule.normalise(null).value());
    }

    @Test
    void businessNameRefusesControlCharactersAndExcessLength() {
        assertEquals(FieldProblemCode.CONTROL_CHARACTER, BusinessNameRule.normalise("ACME\u0007 SA").problem().orElseThrow().kind());
        assertEquals("U+0007", BusinessNameRule.normalise("ACME\u0007 SA").problem().orElseThrow().args().get(0));
        assertEquals("x".repeat(120), BusinessNameRule.normalise("x".repeat(120)).value());
        assertEquals(FieldProblemCode.TOO_LONG, BusinessNameRule.normalise("x".repeat(121)).problem().orElseThrow().kind());
        assertEquals(FieldProblemCode.TOO_LONG, BusinessNameRule.normalise("x".repeat(100_000)).problem().orElseThrow().kind());
    }

    /** typed | kind or problem | value sent. */
    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "''                          | ME                  | null",
        "me                          | ME                  | null",
        "Moi                         | ME                  | null",
        "5F3C9A1B2D4E6F708192A3B4    | USER_ID             | 5f3c9a1b2d4e6f708192a3b4",
        "anne.martin@Banque.EXAMPLE  | EMAIL               | anne.martin@banque.example",
        "a+credit@sub.bank-x.fr      | EMAIL               | a+credit@sub.bank-x.fr",
        "anne martin@bank.fr         | INVALID_EMAIL       | null",
        "anne@bank                   | INVALID_EMAIL       | null",
        "anne@-bank.fr               | INVALID_EMAIL       | null",
        "anne..martin@bank.fr        | INVALID_EMAIL       | null",
        "@bank.fr                    | INVALID_EMAIL       | null",
        "5f3c9a1b2d4e6f708192a3b     | UNRECOGNISED_CREATOR | null",
        "Anne Martin                 | UNRECOGNISED_CREATOR | null",
    })
    void readsTheCreator(String typed, String expected, String value) {
        Parsed<CreatorInput> parsed = CreatorInput.parse(typed);
        if (parsed.isOk()) {
            assertEquals(CreatorInput.Kind.valueOf(expected), parsed.value().kind());
            assertEquals(value, parsed.value().value());
        } else {
            assertEquals(expected, parsed.problem().orElseThrow().kind().name());
        }
    }
}
