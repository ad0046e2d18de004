package io.xraydesk.core.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.i18n.Problem;
import io.xraydesk.testing.Unescape;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

    /** locale | typed (\\u escapes allowed) | expected amount or problem code. */
    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        "fr | 1 234 567,89          | 1234567.89",
        "fr | 1\\u00A0234\\u00A0567,89 | 1234567.89",
        "fr | 1\\u202F234\\u202F567,89 | 1234567.89",
        "fr | 1234567,89            | 1234567.89",
        "fr | 1,234,567.89          | 1234567.89",
        "fr | 1.234.567,89          | 1234567.89",
        "fr | 12.50                 | 12.50",
        "fr | 1,234                 | TOO_MANY_DECIMALS",
        "fr | 1.234                 | 1234",
        "fr | 0,5                   | 0.5",
        "fr | ,50                   | 0.50",
        "fr | 1 234,56 €            | 1234.56",
        "fr | 1500 EUR              | 1500",
        "fr | -1 000                | -1000",
        "fr | \\u22121 000          | -1000",
        "fr | +42                   | 42",
        "fr | \\u0661\\u0662\\u0663,\\u0664\\u0665 | 123.45",
        "fr | 1 234,5x              | NOT_A_NUMBER",
        "en | 1,234,567.89          | 1234567.89",
        "en | 1,234                 | 1234",
        "en | 1.234                 | TOO_MANY_DECIMALS",
        "en | 1234567,89            | 1234567.89",
        "en | 1 234 567,89          | 1234567.89",
        "en | 1,234,567             | 1234567",
        "en | 12.345                | TOO_MANY_DECIMALS",
        "en | 12.3456               | TOO_MANY_DECIMALS",
        "en | --5                   | NOT_A_NUMBER",
        "en | 1e309                 | NOT_A_NUMBER",
        "en | 12abc                 | NOT_A_NUMBER",
        "en | NaN                   | NOT_A_NUMBER",
        "en | Infinity              | NOT_A_NUMBER",
        "en | 1,2,3.4.5             | MALFORMED_NUMBER",
        "en | 12 34                 | MALFORMED_NUMBER",
        "en | 1 234.567,89          | MALFORMED_NUMBER",
        "en | 12,                   | MALFORMED_NUMBER",
        "en | €                     | MALFORMED_NUMBER",
        "en | 1234567890123456      | TOO_LARGE",
        "en | 000000000000000001    | 1",
    })
    void readsAmounts(String language, String typed, String expected) {
        Parsed<BigDecimal> parsed = new AmountParser(Locale.forLanguageTag(language))
                .parse(Unescape.unicode(typed), true);
        if (Character.isUpperCase(expected.charAt(0))) {
            assertFalse(parsed.isOk(), () -> "accepted " + parsed);
            assertEquals(FieldProblemCode.valueOf(expected), parsed.problem().orElseThrow().kind());
        } else {
            assertTrue(parsed.isOk(), () -> "refused " + parsed);
            assertEquals(new BigDecimal(expected), parsed.value());
        }
    }

    @Test
    void negativesOnlyWhereTheFieldAllowsThem() {
        AmountParser parser = new AmountParser(Locale.FRANCE);
        assertEquals(Optional.of(FieldProblemCode.NEGATIVE_NOT_ALLOWED),
                parser.parse("-12", false).problem().map(Problem::kind));
        assertEquals(BigDecimal.ZERO, parser.parse("-0", false).value());
        assertEquals(new BigDecimal("-12"), parser.parse("-12", true).value());
    }

    @Test
    void blankIsNotGivenAndHugeInputIsTooLong() {
        AmountParser parser = new AmountParser(Locale.ENGLISH);
        assertTrue(parser.parse("  ", true).isOk());
        assertEquals(null, parser.parse(null, true).value());
        assertEquals(FieldProblemCode.TOO_LONG, parser.parse("1".repeat(10_000), true).problem().orElseThrow().kind());
    }

    @Test
    void formatterOutputReadsBackInTheSameLocale() {
        for (Locale locale : new Locale[] {Locale.FRANCE, Locale.UK, Locale.ENGLISH, Locale.FRENCH}) {
            AmountFormatter formatter = new AmountFormatter(locale);
            AmountParser parser = new AmountParser(locale);
            for (String amount : new String[] {"1234567.89", "-1500", "0.5", "999999999999999.99", "1234"}) {
                String shown = formatter.format(new BigDecimal(amount));
                assertEquals(0, new BigDecimal(amount).compareTo(parser.parse(shown, true).value()),
                        () -> locale + " " + shown);
            }
        }
    }

    @Test
    void formatsPerLocale() {
        assertEquals("1,234,567.89", new AmountFormatter(Locale.ENGLISH).format(new BigDecimal("1234567.89")));
        assertEquals("1\u202F234\u202F567,89", new AmountFormatter(Locale.FRANCE).format(new BigDecimal("1234567.89")));
        assertEquals("0,50", new AmountFormatter(Locale.FRANCE).format(new BigDecimal("0.5")));
        assertEquals("1\u202F500", new AmountFormatter(Locale.FRANCE).format(new BigDecimal("1500.00")));
        assertEquals("", new AmountFormatter(Locale.FRANCE).format(null));
    }
}
