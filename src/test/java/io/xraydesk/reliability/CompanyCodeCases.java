package io.xraydesk.reliability;

import io.xraydesk.core.codes.CodeCheck;
import io.xraydesk.core.codes.CompanyCodeType;
import io.xraydesk.core.codes.CompanyCodeTypes;
import java.util.List;

/** Bad-input cases for the company code field ({@code core.codes}): wrong lengths, scripts, check digits. */
final class CompanyCodeCases {

    private static final CompanyCodeType SIREN = CompanyCodeTypes.SIREN;
    private static final CompanyCodeType KVK = CompanyCodeTypes.KVK;

    private CompanyCodeCases() {
    }

    static List<BadInputCase> all() {
        return List.of(
                code("letters", SIREN, "ABCDEFGHI"),
                code("8 digits", SIREN, "51467398"),
                code("10 digits", SIREN, "5146739870"),
                code("Luhn failure", SIREN, "514673988"),
                code("empty", SIREN, ""),
                code("only spaces", SIREN, "   "),
                code("10,000-character paste", SIREN, "5".repeat(10_000)),
                code("SIRET with a wrong check digit", SIREN, withLuhnDigit("5146739870001", 1)),
                new BadInputCase("code", "SIRET (14 digits) gives its SIREN", () -> accepted(SIREN.check(
                        withLuhnDigit("5146739870001", 0)), "514673987")),
                new BadInputCase("code", "La Poste SIREN", () -> accepted(SIREN.check("356 000 000"), "356000000")),
                new BadInputCase("code", "grouped with spaces and dots", () -> accepted(SIREN.check("514.673.987"), "514673987")),
                unicodeDigits("full-width digits", "５１４６７３９８７"),
                unicodeDigits("Arabic-Indic digits", "٥١٤٦٧٣٩٨٧"),
                code("superscript digits", SIREN, "⁵¹⁴⁶⁷³⁹⁸⁷"),
                code("KVK letters", KVK, "ABCDEFGH"),
                code("KVK 7 digits", KVK, "1234567"),
                new BadInputCase("code", "null (nothing typed)", () -> refused(SIREN.check(null))));
    }

    private static BadInputCase code(String name, CompanyCodeType type, String raw) {
        return new BadInputCase("code", name, () -> refused(type.check(raw)));
    }

    /** Digits of another script: read as the same digits, or refused clearly — never sent as they are. */
    private static BadInputCase unicodeDigits(String name, String raw) {
        return new BadInputCase("code", name, () -> {
            CodeCheck check = SIREN.check(raw);
            return check.isValid() ? accepted(check, "514673987") : refused(check);
        });
    }

    private static Verdict refused(CodeCheck check) {
        if (check.isValid()) {
            return Verdict.no("accepted as " + check.normalisedId().orElse("?"));
        }
        return Verdict.refusedClearly(check::message, check.problem().orElseThrow().messageKey(check.type()));
    }

    private static Verdict accepted(CodeCheck check, String expectedId) {
        return Verdict.check(check.isValid() && check.normalisedId().orElse("").equals(expectedId),
                "accepted as " + check.normalisedId().orElse("nothing") + check.note().map(n -> " — " + n).orElse(""));
    }

    /** {@code prefix} plus the digit that makes the whole pass ({@code offset} 0) or fail (1) the Luhn check. */
    private static String withLuhnDigit(String prefix, int offset) {
        for (int d = 0; d < 10; d++) {
            if (luhnValid(prefix + d)) {
                return prefix + ((d + offset) % 10);
            }
        }
        throw new IllegalStateException("no Luhn digit");
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return sum % 10 == 0;
    }
}
