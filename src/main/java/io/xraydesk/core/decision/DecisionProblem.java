package io.xraydesk.core.decision;

import java.util.Locale;

/** Why the decision form refuses what was typed; each has its text under {@code decision.problem.}. */
public enum DecisionProblem {
    OUTCOME_MISSING,
    OUTCOME_UNKNOWN,
    AMOUNT_UNREADABLE,
    AMOUNT_NOT_POSITIVE,
    AMOUNT_TOO_PRECISE,
    AMOUNT_WITHOUT_CURRENCY,
    CURRENCY_WITHOUT_AMOUNT,
    CURRENCY_UNKNOWN,
    DECLINE_WITH_LIMIT,
    DURATION_NOT_A_NUMBER,
    DURATION_OUT_OF_RANGE,
    CONDITION_BLANK,
    CONDITION_TOO_LONG,
    TOO_MANY_CONDITIONS,
    JUSTIFICATION_TOO_LONG;

    String messageKey() {
        return "decision.problem." + name().toLowerCase(Locale.ROOT);
    }
}
