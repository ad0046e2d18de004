package io.xraydesk.core.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.testing.Unescape;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyCodeTypesTest {

    @RegisterExtension
    final MessagesLocale locale = MessagesLocale.restored();

    /** type | input | expected id or problem. Inputs are Java-unescaped so invisible characters show. */
    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        "siren | 514673987            | 514673987",
        "siren | 732829320            | 732829320",
        "siren | 552100554            | 552100554",
        "siren | '  514673987 '       | 514673987",
        "siren | 514 673 987          | 514673987",
        "siren | 514.673.987          | 514673987",
        "siren | 514-673-987          | 514673987",
        "siren | 514\\u00A0673\\u00A0987 | 514673987",
        "siren | 514\\u202F673\\u202F987 | 514673987",
        "siren | \\u0665\\u0661\\u0664\\u0666\\u0667\\u0663\\u0669\\u0668\\u0667 | 514673987",
        "siren | \\uFF15\\uFF11\\uFF14\\uFF16\\uFF17\\uFF13\\uFF19\\uFF18\\uFF17 | 514673987",
        "siren | 514673988            | CHECK_DIGIT",
        "siren | 514673978            | CHECK_DIGIT",
        "siren | 123456789            | CHECK_DIGIT",
        "siren | 51467398             | LENGTH",
        "siren | 5146739870           | LENGTH",
        "siren | 514A73987            | NON_DIGIT",
        "siren | 514673987x           | NON_DIGIT",
        "siren | 514_673_987          | NON_DIGIT",
        "siren | 514\\u00B2673987     | NON_DIGIT",
        "siren | ''                   | EMPTY",
        "siren | '   '                | EMPTY",
        "siren | ' - . '              | EMPTY",
        "siren | 356000000            | 356000000",
        "siren | 73282932000074       | 732829320",
        "siren | 732 829 320 00074    | 732829320",
        "siren | 51467398700004       | 514673987",
        "siren | 73282932000075       | SIRET_CHECK_DIGIT",
        "siren | 51467398800002       | CHECK_DIGIT",
        "siren | 35600000000048       | 356000000",
        "siren | 35600000010000       | 356000000",
        "siren | 35600000010014       | 356000000",
        "siren | 35600000010013       | SIRET_CHECK_DIGIT",
        "siren | 35600000010021       | SIRET_CHECK_DIGIT",
        "kvk   | 24288945             | 24288945",
        "kvk   | 01234567             | 01234567",
        "kvk   | 0123 4567            | 01234567",
        "kvk   | 1234567              | LENGTH",
        "kvk   | 123456789            | LENGTH",
        "kvk   | KVK24288945          | NON_DIGIT",
    })
    void checksTypedCodes(String wire, String input, String expected) {
        CodeCheck check = CompanyCodeTypes.byWire(wire).orElseThrow().check(Unescape.unicode(input));
        if (expected.chars().allMatch(Character::isDigit)) {
            assertTrue(check.isValid(), () -> "refused: " + check);
            assertEquals(Optional.of(expected), check.normalisedId());
        } else {
            assertFalse(check.isValid(), () -> "accepted: " + check);
            assertEquals(Optional.of(CodeProblem.valueOf(expected)), check.problem());
            assertFalse(check.message().startsWith("codes."), () -> "missing text for " + check);
        }
    }

    @Test
    void laPosteSirenIsValidByItsDocumentedException() {
        assertTrue(CompanyCodeTypes.SIREN.check("356 000 000").isValid());
    }

    @Test
    void siretIsReducedToItsSirenWithANote() {
        Messages.setLocale(Locale.ENGLISH);
        CodeCheck check = CompanyCodeTypes.SIREN.check("51467398700004");
        assertEquals(Optional.of("SIRET given: SIREN 514 673 987 used."), check.note());
        assertEquals("SIRET given: SIREN 514 673 987 used.", check.message());
        assertEquals(Optional.empty(), CompanyCodeTypes.SIREN.check("514673987").note());
    }

    @Test
    void nonDigitNamesTheFirstOffendingCharacterAndItsPosition() {
        Messages.setLocale(Locale.ENGLISH);
        CodeCheck check = CompanyCodeTypes.SIREN.check("51 4O67Z3987");
        assertEquals(java.util.List.of("SIREN", "O", 5), check.args());
        assertEquals("SIREN: only digits are accepted; \"O\" found at position 5.", check.message());
    }

    @Test
    void invisibleCharactersAreNamedByCodePoint() {
        assertEquals("U+200B", CompanyCodeTypes.SIREN.check("514\u200B673987").args().get(1));
    }

    @Test
    void lengthProblemSaysTheRuleInFrench() {
        Messages.setLocale(Locale.FRENCH);
        assertEquals("Le SIREN doit comporter 9 chiffres (ou 14 pour un SIRET) ; 8 chiffres saisis.",
                CompanyCodeTypes.SIREN.check("51467398").message());
        assertEquals("Le numéro KvK doit comporter 8 chiffres ; 7 chiffres saisis.",
                CompanyCodeTypes.KVK.check("1234567").message());
    }

    @Test
    void hugePasteIsRefusedQuicklyAsTooLong() {
        String paste = "9".repeat(10_000);
        CodeCheck check = assertTimeoutPreemptively(Duration.ofMillis(200), () -> CompanyCodeTypes.SIREN.check(paste));
        assertEquals(Optional.of(CodeProblem.TOO_LONG), check.problem());
        assertEquals(Optional.of(CodeProblem.TOO_LONG),
                CompanyCodeTypes.KVK.check(" ".repeat(5_000) + "24288945").problem());
    }

    @Test
    void formatsForDisplay() {
        assertEquals("514 673 987", CompanyCodeTypes.SIREN.format("514673987"));
        assertEquals("514 673 987 00018", CompanyCodeTypes.SIREN.format("51467398700018"));
        assertEquals("2428 8945", CompanyCodeTypes.KVK.format("24288945"));
        assertEquals("12", CompanyCodeTypes.KVK.format("12"));
    }

    @Test
    void registryFindsTypesByWireName() {
        assertEquals(java.util.List.of("siren", "kvk"), CompanyCodeTypes.all().stream().map(CompanyCodeType::wire).toList());
        assertEquals(Optional.of(CompanyCodeTypes.KVK), CompanyCodeTypes.byWire(" KVK "));
        assertEquals(Optional.empty(), CompanyCodeTypes.byWire("duns"));
        assertEquals(Optional.empty(), CompanyCodeTypes.byWire(null));
        assertEquals("kvk:01234567", CompanyCodeTypes.KVK.toCompanyCode("01234567").toString());
    }
}
