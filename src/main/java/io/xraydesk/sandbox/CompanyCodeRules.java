package io.xraydesk.sandbox;

import io.xraydesk.api.model.CompanyCode;

/**
 * Validation of {@code code} in {@code POST /requests} (docs/october-api.md, Company codes). The rules are general
 * knowledge, not from the docs (inferred): SIREN = 9 digits passing Luhn, except La Poste's SIREN
 * 356000000, which INSEE issued without a valid checksum; KvK = 8 digits; any other type is refused
 * because the API documents no other (docs/october-api.md, open question OQ-13).
 */
final class CompanyCodeRules {

    static final String LA_POSTE_SIREN = "356000000";

    private CompanyCodeRules() {
    }

    /** Throws a 400 {@code invalid_code} naming the offending field. */
    static void validate(CompanyCode code) {
        if (code == null) {
            throw invalid("A company code is required: {\"code\":{\"type\":\"siren\",\"id\":\"…\"}}", "code");
        }
        if (code.id() == null || code.id().isBlank()) {
            throw invalid("code.id is required", "code.id");
        }
        if (CompanyCode.SIREN.equals(code.type())) {
            if (!isValidSiren(code.id())) {
                throw invalid("\"" + code.id() + "\" is not a valid SIREN: 9 digits with a valid checksum expected",
                        "code.id");
            }
        } else if (CompanyCode.KVK.equals(code.type())) {
            if (!code.id().matches("\\d{8}")) {
                throw invalid("\"" + code.id() + "\" is not a valid KvK number: 8 digits expected", "code.id");
            }
        } else {
            throw invalid("Unsupported code.type \"" + code.type() + "\": use \"siren\" or \"kvk\"", "code.type");
        }
    }

    static boolean isValidSiren(String id) {
        return id != null && id.matches("\\d{9}") && (LA_POSTE_SIREN.equals(id) || luhn(id));
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static ApiError invalid(String message, String field) {
        return ApiError.badRequest("invalid_code", message, field);
    }
}
