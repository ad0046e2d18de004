package io.xraydesk.core.notes;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Shows an amount the way the locale writes it ({@code 1 234 567,89} in French with narrow no-break
 * spaces, {@code 1,234,567.89} in English); {@link AmountParser} reads the result back unchanged.
 * Whole amounts show no decimals, others always two, as on a balance sheet.
 */
public final class AmountFormatter {

    private final Locale locale;

    public AmountFormatter(Locale locale) {
        this.locale = locale;
    }

    /** The amount for display; an empty string for null (a field left blank). */
    public String format(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
