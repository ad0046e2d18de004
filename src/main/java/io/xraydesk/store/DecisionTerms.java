package io.xraydesk.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The content of a credit decision, already checked by the decision rules of the application: the
 * outcome, the limit (an amount and its ISO 4217 currency, both or neither), its duration in months,
 * the conditions in order, and the justification.
 */
public record DecisionTerms(DecisionOutcome outcome, Optional<BigDecimal> limitAmount, Optional<String> currency,
        Optional<Integer> durationMonths, List<String> conditions, Optional<String> justification) {

    public DecisionTerms {
        Objects.requireNonNull(outcome, "outcome");
        limitAmount = limitAmount == null ? Optional.empty() : limitAmount;
        currency = currency == null ? Optional.empty() : currency;
        durationMonths = durationMonths == null ? Optional.empty() : durationMonths;
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        justification = justification == null ? Optional.empty() : justification;
        if (limitAmount.isPresent() != currency.isPresent()) {
            throw new IllegalArgumentException("a limit is an amount and a currency, both or neither");
        }
    }
}
