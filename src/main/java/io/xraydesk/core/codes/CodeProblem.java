package io.xraydesk.core.codes;

/**
 * Why a typed company code was refused. Problems about the shape of the input share one text for all
 * types (the type's name is an argument); problems about a type's own rules have a text per type,
 * under {@code codes.<wire>.<suffix>}, so each can state that type's exact rule.
 */
public enum CodeProblem {
    /** Nothing typed. Args: type name. */
    EMPTY("empty", false),
    /** Input longer than {@link DigitInput#MAX_CHARACTERS}. Args: type name, limit. */
    TOO_LONG("tooLong", false),
    /** A character that is neither a digit nor an accepted separator. Args: type name, character, position. */
    NON_DIGIT("nonDigit", false),
    /** Wrong number of digits. Args: digit count. */
    LENGTH("length", true),
    /** The identifier's own check key fails. Args: the digits, grouped. */
    CHECK_DIGIT("checkDigit", true),
    /** A SIRET (establishment number) whose key fails. Args: the digits, grouped. */
    SIRET_CHECK_DIGIT("siretCheckDigit", true);

    private final String suffix;
    private final boolean perType;

    CodeProblem(String suffix, boolean perType) {
        this.suffix = suffix;
        this.perType = perType;
    }

    /** Message key of this problem for the given code type. */
    public String messageKey(CompanyCodeType type) {
        return perType ? "codes." + type.wire() + "." + suffix : "codes." + suffix;
    }
}
