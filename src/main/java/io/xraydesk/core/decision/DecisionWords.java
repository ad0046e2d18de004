package io.xraydesk.core.decision;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.DecisionOutcome;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;

/** A decision's outcome and limit as the analyst reads them, in the language of {@link Messages}. */
public final class DecisionWords {

    private DecisionWords() {
    }

    /** "Approve", "Decline", "Refer to a higher authority". */
    public static String outcome(DecisionOutcome outcome) {
        return switch (outcome) {
            case APPROVE -> Messages.get("memo.outcome.approve");
            case DECLINE -> Messages.get("memo.outcome.decline");
            case REFER -> Messages.get("memo.outcome.refer");
        };
    }

    /** "150,000.00 EUR" in English, "150 000,00 EUR" in French: the currency's own decimals. */
    public static String limit(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.locale());
        int decimals = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(Math.max(decimals, amount.scale()));
        return format.format(amount) + " " + currency;
    }
}
