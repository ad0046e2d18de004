package io.xraydesk.core.codes;

/**
 * French SIREN (INSEE company number): 9 digits with a Luhn key. A 14-digit SIRET (an establishment
 * of the company) is accepted too, since analysts often copy it from an invoice: its own key is
 * checked, then its first 9 digits, the SIREN, are what is sent, with a note saying so.
 */
final class SirenType implements CompanyCodeType {

    private static final String LA_POSTE_SIREN = "356000000";
    /**
     * La Poste's establishments share one SIREN and INSEE keys their SIRETs by "sum of the 14 digits
     * divisible by 5" instead of Luhn; the head office keeps a Luhn key.
     */
    private static final String LA_POSTE_HEAD_OFFICE_SIRET = "35600000000048";
    private static final int SIREN_DIGITS = 9;
    private static final int SIRET_DIGITS = 14;

    @Override
    public String wire() {
        return "siren";
    }

    @Override
    public CodeCheck check(String raw) {
        DigitInput.Digits digits = DigitInput.read(this, raw);
        if (digits.refusal() != null) {
            return digits.refusal();
        }
        String value = digits.value();
        if (value.length() == SIREN_DIGITS) {
            return checkSiren(value);
        }
        if (value.length() == SIRET_DIGITS) {
            return checkSiret(value);
        }
        return CodeCheck.invalid(this, CodeProblem.LENGTH, value.length());
    }

    private CodeCheck checkSiren(String siren) {
        if (!sirenKeyValid(siren)) {
            return CodeCheck.invalid(this, CodeProblem.CHECK_DIGIT, format(siren));
        }
        return CodeCheck.valid(this, siren);
    }

    private CodeCheck checkSiret(String siret) {
        if (!siretKeyValid(siret)) {
            return CodeCheck.invalid(this, CodeProblem.SIRET_CHECK_DIGIT, format(siret));
        }
        String siren = siret.substring(0, SIREN_DIGITS);
        if (!sirenKeyValid(siren)) {
            return CodeCheck.invalid(this, CodeProblem.CHECK_DIGIT, format(siren));
        }
        return CodeCheck.validWithNote(this, siren, "codes.siren.siretGiven", format(siren));
    }

    /** La Poste's SIREN 356000000 itself passes Luhn; its exception concerns only its SIRETs. */
    private static boolean sirenKeyValid(String siren) {
        return Luhn.isValid(siren);
    }

    private static boolean siretKeyValid(String siret) {
        if (siret.startsWith(LA_POSTE_SIREN) && !siret.equals(LA_POSTE_HEAD_OFFICE_SIRET)) {
            return siret.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return Luhn.isValid(siret);
    }

    @Override
    public String format(String normalisedId) {
        if (normalisedId == null || !normalisedId.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return normalisedId;
        }
        if (normalisedId.length() == SIREN_DIGITS) {
            return groupsOfThree(normalisedId);
        }
        if (normalisedId.length() == SIRET_DIGITS) {
            return groupsOfThree(normalisedId.substring(0, SIREN_DIGITS)) + " " + normalisedId.substring(SIREN_DIGITS);
        }
        return normalisedId;
    }

    private static String groupsOfThree(String nineDigits) {
        return nineDigits.substring(0, 3) + " " + nineDigits.substring(3, 6) + " " + nineDigits.substring(6);
    }
}
