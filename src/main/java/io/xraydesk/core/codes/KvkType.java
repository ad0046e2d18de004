package io.xraydesk.core.codes;

/**
 * Dutch KvK (Chamber of Commerce) number: exactly 8 digits. Leading zeros are part of the number, so
 * the id stays a string. KvK numbers carry no public check key (the old 11-test was dropped when
 * numbering moved on), so length is the only rule.
 */
final class KvkType implements CompanyCodeType {

    private static final int DIGITS = 8;

    @Override
    public String wire() {
        return "kvk";
    }

    @Override
    public CodeCheck check(String raw) {
        DigitInput.Digits digits = DigitInput.read(this, raw);
        if (digits.refusal() != null) {
            return digits.refusal();
        }
        if (digits.value().length() != DIGITS) {
            return CodeCheck.invalid(this, CodeProblem.LENGTH, digits.value().length());
        }
        return CodeCheck.valid(this, digits.value());
    }

    @Override
    public String format(String normalisedId) {
        if (normalisedId == null || normalisedId.length() != DIGITS) {
            return normalisedId;
        }
        return normalisedId.substring(0, 4) + " " + normalisedId.substring(4);
    }
}
