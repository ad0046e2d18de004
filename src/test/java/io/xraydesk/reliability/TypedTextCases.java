package io.xraydesk.reliability;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.DocumentProblem;
import io.xraydesk.core.i18n.Problem;
import io.xraydesk.core.notes.AmountParser;
import io.xraydesk.core.notes.BusinessNameRule;
import io.xraydesk.core.notes.Parsed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Bad-input cases for what an analyst types besides the code: business names, amounts, document dates. */
final class TypedTextCases {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneOffset.UTC);

    private TypedTextCases() {
    }

    // ---- business names (BusinessNameRule) ----

    static List<BadInputCase> businessNames() {
        return List.of(
                name("empty means: let the API name it", "", null),
                name("blank with line breaks", " \n\t ", null),
                name("emoji kept", "Boulangerie 🥐 Dupont", "Boulangerie 🥐 Dupont"),
                name("right-to-left text kept", "شركة النور للتجارة", "شركة النور للتجارة"),
                name("pasted line break collapsed", "ACME\r\n  Industries", "ACME Industries"),
                name("decomposed accents composed (NFC)", "Socie\u0301te\u0301 Ge\u0301ne\u0301rale",
                        "Société Générale"),
                refusedName("121 characters", "A".repeat(BusinessNameRule.MAX_LENGTH + 1)),
                refusedName("10,000-character paste", "Dupont ".repeat(1_500)),
                refusedName("bell control character", "ACME\u0007SA"),
                refusedName("NUL character", "ACME\u0000SA"));
    }

    private static BadInputCase name(String label, String raw, String expected) {
        return new BadInputCase("name", label, () -> {
            Parsed<String> parsed = BusinessNameRule.normalise(raw);
            return Verdict.check(parsed.isOk() && java.util.Objects.equals(parsed.value(), expected),
                    "kept as " + (parsed.isOk() ? String.valueOf(parsed.value()) : parsed.toString()));
        });
    }

    private static BadInputCase refusedName(String label, String raw) {
        return new BadInputCase("name", label, () -> refused(BusinessNameRule.normalise(raw)));
    }

    private static Verdict refused(Parsed<?> parsed) {
        if (parsed.isOk()) {
            return Verdict.no("accepted as " + parsed.value());
        }
        var problem = parsed.problem().orElseThrow();
        return Verdict.refusedClearly(problem::message, problem.kind().messageKey());
    }

    // ---- amounts (AmountParser) ----

    static List<BadInputCase> amounts() {
        AmountParser english = new AmountParser(Locale.ENGLISH);
        AmountParser french = new AmountParser(Locale.FRANCE);
        return List.of(
                amount("1e309", english, "1e309"),
                amount("--5", english, "--5"),
                amount("NaN", english, "NaN"),
                amount("Infinity", english, "Infinity"),
                // Both separators present: the last is decimal whatever the locale, so the other
                // locale's grouping is read, not refused (AmountParser's documented rule).
                new BadInputCase("amount", "English thousands typed in French", () -> amountRead(french, "1,234,567.89",
                        "1234567.89")),
                new BadInputCase("amount", "French thousands typed in English", () -> amountRead(english, "1 234 567,89",
                        "1234567.89")),
                new BadInputCase("amount", "German thousands typed in French", () -> amountRead(french, "1.234.567,89",
                        "1234567.89")),
                // One separator before three digits is ambiguous: refused rather than guessed.
                amount("ambiguous 1,234 in French", french, "1,234"),
                amount("two decimal separators", english, "1.234.56"),
                amount("16 integer digits", english, "1234567890123456"),
                new BadInputCase("amount", "negative where not allowed", () -> refused(english.parse("-5", false))),
                new BadInputCase("amount", "French grouping read in French", () -> amountRead(french, "1 234 567,89",
                        "1234567.89")));
    }

    private static BadInputCase amount(String label, AmountParser parser, String raw) {
        return new BadInputCase("amount", label, () -> refused(parser.parse(raw, true)));
    }

    private static Verdict amountRead(AmountParser parser, String raw, String expected) {
        Parsed<BigDecimal> parsed = parser.parse(raw, true);
        return Verdict.check(parsed.isOk() && parsed.value().compareTo(new BigDecimal(expected)) == 0,
                "read as " + (parsed.isOk() ? parsed.value() : parsed));
    }

    // ---- dates (DocumentDateRule, typed text) ----

    static List<BadInputCase> dates() {
        DocumentDateRule rule = new DocumentDateRule(CLOCK);
        return List.of(
                date("tomorrow", rule, LocalDate.now(CLOCK).plusDays(1), DocumentProblem.DATE_IN_FUTURE),
                date("year 1899", rule, LocalDate.of(1899, 12, 31), DocumentProblem.DATE_TOO_OLD),
                new BadInputCase("date", "29 February 2023 typed as text", () -> {
                    // Lenient parsing would quietly make this 1 March (or 28 February); strict ISO
                    // parsing, as a date field uses, must refuse it and say why.
                    try {
                        LocalDate read = LocalDate.parse("2023-02-29");
                        return Verdict.no("read as " + read);
                    } catch (DateTimeParseException refused) {
                        return Verdict.check(refused.getMessage().contains("leap"), "refused: " + refused.getMessage());
                    }
                }));
    }

    private static BadInputCase date(String label, DocumentDateRule rule, LocalDate date, DocumentProblem expected) {
        return new BadInputCase("date", label, () -> {
            List<Problem<DocumentProblem>> issues = rule.check(DocumentCategory.CERTIFIED_FINANCIAL_STATEMENT, Period.YEAR, date);
            return issues.stream().filter(i -> i.kind() == expected).findFirst()
                    .map(i -> Verdict.refusedClearly(i::message, expected.messageKey()))
                    .orElse(Verdict.no("expected " + expected + ", got " + issues));
        });
    }
}
