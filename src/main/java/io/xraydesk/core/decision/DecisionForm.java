package io.xraydesk.core.decision;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.notes.AmountParser;
import io.xraydesk.core.notes.Parsed;
import io.xraydesk.store.DecisionOutcome;
import io.xraydesk.store.DecisionTerms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of a credit decision, applied to what the analyst typed (the window's form, the command
 * line's options): every refused value is reported at once, each with its own message.
 *
 * <ul>
 * <li>the outcome is approve, decline or refer;</li>
 * <li>a limit is an amount above zero and an ISO 4217 currency code, both or neither; the amount is
 *     read as analysts type it in their language ({@link AmountParser}) and has no more decimals than
 *     its currency uses (none for JPY); a declined request has no limit;</li>
 * <li>a duration is a whole number of months from 1 to {@value #MAX_MONTHS};</li>
 * <li>conditions are not blank, at most {@value #MAX_CONDITION_LENGTH} characters each and
 *     {@value #MAX_CONDITIONS} in all; the justification is at most {@value #MAX_JUSTIFICATION_LENGTH}.</li>
 * </ul>
 */
public final class DecisionForm {

    /** Fifty years: longer than any credit line a desk grants. */
    static final int MAX_MONTHS = 600;
    static final int MAX_CONDITIONS = 50;
    static final int MAX_CONDITION_LENGTH = 1_000;
    static final int MAX_JUSTIFICATION_LENGTH = 20_000;
    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");

    private final AmountParser amounts;
    private String outcome;
    private String amount;
    private String currency;
    private String duration;
    private final List<String> conditions = new ArrayList<>();
    private String justification;

    /** @param locale the analyst's language, which decides how an ambiguous amount such as 1,500 is read */
    public DecisionForm(Locale locale) {
        this.amounts = new AmountParser(locale);
    }

    public DecisionForm outcome(String text) {
        outcome = text;
        return this;
    }

    public DecisionForm limit(String amountText, String currencyText) {
        amount = amountText;
        currency = currencyText;
        return this;
    }

    public DecisionForm durationMonths(String text) {
        duration = text;
        return this;
    }

    public DecisionForm condition(String text) {
        conditions.add(text);
        return this;
    }

    public DecisionForm justification(String text) {
        justification = text;
        return this;
    }

    /** The decision's terms, or every problem of what was typed. */
    public Result build() {
        List<Problem> problems = new ArrayList<>();
        Optional<DecisionOutcome> chosen = outcome(problems);
        Optional<String> code = currency(problems);
        Optional<BigDecimal> limit = amount(problems, code);
        if (given(amount) && !given(currency)) {
            problems.add(new Problem(DecisionProblem.AMOUNT_WITHOUT_CURRENCY, List.of()));
        }
        if (given(currency) && !given(amount)) {
            problems.add(new Problem(DecisionProblem.CURRENCY_WITHOUT_AMOUNT, List.of()));
        }
        if (chosen.orElse(null) == DecisionOutcome.DECLINE && (given(amount) || given(currency))) {
            problems.add(new Problem(DecisionProblem.DECLINE_WITH_LIMIT, List.of()));
        }
        Optional<Integer> months = months(problems);
        List<String> kept = conditions(problems);
        Optional<String> why = Optional.ofNullable(justification).map(String::strip).filter(s -> !s.isEmpty());
        if (why.map(String::length).orElse(0) > MAX_JUSTIFICATION_LENGTH) {
            problems.add(new Problem(DecisionProblem.JUSTIFICATION_TOO_LONG, List.of(MAX_JUSTIFICATION_LENGTH)));
        }
        if (!problems.isEmpty()) {
            return new Result(Optional.empty(), problems);
        }
        return new Result(Optional.of(new DecisionTerms(chosen.orElseThrow(), limit, code, months, kept, why)),
                List.of());
    }

    private Optional<DecisionOutcome> outcome(List<Problem> problems) {
        if (!given(outcome)) {
            problems.add(new Problem(DecisionProblem.OUTCOME_MISSING, List.of()));
            return Optional.empty();
        }
        Optional<DecisionOutcome> chosen = DecisionOutcome.fromWire(outcome);
        if (chosen.isEmpty()) {
            problems.add(new Problem(DecisionProblem.OUTCOME_UNKNOWN, List.of(outcome.strip())));
        }
        return chosen;
    }

    private Optional<String> currency(List<Problem> problems) {
        if (!given(currency)) {
            return Optional.empty();
        }
        String code = currency.strip().toUpperCase(Locale.ROOT);
        if (!ISO_CODE.matcher(code).matches() || Currency.getAvailableCurrencies().stream()
                .noneMatch(c -> c.getCurrencyCode().equals(code))) {
            problems.add(new Problem(DecisionProblem.CURRENCY_UNKNOWN, List.of(currency.strip())));
            return Optional.empty();
        }
        return Optional.of(code);
    }

    private Optional<BigDecimal> amount(List<Problem> problems, Optional<String> code) {
        if (!given(amount)) {
            return Optional.empty();
        }
        Parsed<BigDecimal> parsed = amounts.parse(amount, false);
        if (!parsed.isOk()) {
            problems.add(new Problem(DecisionProblem.AMOUNT_UNREADABLE, List.of(parsed.problem().orElseThrow().message())));
            return Optional.empty();
        }
        BigDecimal value = parsed.value();
        if (value.signum() <= 0) {
            problems.add(new Problem(DecisionProblem.AMOUNT_NOT_POSITIVE, List.of()));
            return Optional.empty();
        }
        int decimals = code.map(c -> Currency.getInstance(c).getDefaultFractionDigits()).orElse(2);
        if (decimals >= 0 && value.stripTrailingZeros().scale() > decimals) {
            problems.add(new Problem(DecisionProblem.AMOUNT_TOO_PRECISE, List.of(code.orElse(""), decimals)));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<Integer> months(List<Problem> problems) {
        if (!given(duration)) {
            return Optional.empty();
        }
        String text = duration.strip();
        if (!text.matches("\\d{1,9}")) {
            problems.add(new Problem(DecisionProblem.DURATION_NOT_A_NUMBER, List.of(text)));
            return Optional.empty();
        }
        int months = Integer.parseInt(text);
        if (months < 1 || months > MAX_MONTHS) {
            problems.add(new Problem(DecisionProblem.DURATION_OUT_OF_RANGE, List.of(MAX_MONTHS)));
            return Optional.empty();
        }
        return Optional.of(months);
    }

    private List<String> conditions(List<Problem> problems) {
        if (conditions.size() > MAX_CONDITIONS) {
            problems.add(new Problem(DecisionProblem.TOO_MANY_CONDITIONS, List.of(MAX_CONDITIONS)));
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            String condition = conditions.get(i) == null ? "" : conditions.get(i).strip();
            if (condition.isEmpty()) {
                problems.add(new Problem(DecisionProblem.CONDITION_BLANK, List.of(i + 1)));
            } else if (condition.length() > MAX_CONDITION_LENGTH) {
                problems.add(new Problem(DecisionProblem.CONDITION_TOO_LONG, List.of(i + 1, MAX_CONDITION_LENGTH)));
            } else {
                kept.add(condition);
            }
        }
        return kept;
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    /** One refused value, with the arguments of its message. */
    public record Problem(DecisionProblem code, List<Object> args) {

        public Problem {
            args = List.copyOf(args);
        }

        public String message() {
            return Messages.get(code.messageKey(), args.toArray());
        }
    }

    /** The terms when everything was accepted, else the problems (never both). */
    public record Result(Optional<DecisionTerms> terms, List<Problem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean isOk() {
            return problems.isEmpty();
        }
    }
}
