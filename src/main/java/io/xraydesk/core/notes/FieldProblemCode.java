package io.xraydesk.core.notes;

import io.xraydesk.core.i18n.ProblemKind;

/** Why a typed request field was refused; each code has its text under {@code notes.problem.*}. */
public enum FieldProblemCode implements ProblemKind {
    /** Args: limit in characters. */
    TOO_LONG("tooLong"),
    /** A character that has no place in a number. Args: the character. */
    NOT_A_NUMBER("notANumber"),
    /** Separators in places no convention puts them (e.g. {@code 1,2,3.4.5}). Args: the input. */
    MALFORMED_NUMBER("malformedNumber"),
    /** More than two decimals. Args: the input. */
    TOO_MANY_DECIMALS("tooManyDecimals"),
    /** A minus sign in a field that cannot be negative. */
    NEGATIVE_NOT_ALLOWED("negativeNotAllowed"),
    /** Larger than any real value of the field. Args: the largest accepted value. */
    TOO_LARGE("tooLarge"),
    /** Args: none. */
    NOT_A_WHOLE_NUMBER("notAWholeNumber"),
    /** Args: the minimum. */
    BELOW_MINIMUM("belowMinimum"),
    /** Args: the input. */
    NOT_YES_OR_NO("notYesOrNo"),
    /** Args: the code point as U+XXXX. */
    CONTROL_CHARACTER("controlCharacter"),
    /** Args: the input. */
    INVALID_EMAIL("invalidEmail"),
    /** Neither "me", a user id nor an e-mail address. Args: the input. */
    UNRECOGNISED_CREATOR("unrecognisedCreator");

    private final String key;

    FieldProblemCode(String suffix) {
        this.key = "notes.problem." + suffix;
    }

    @Override
    public String messageKey() {
        return key;
    }
}
