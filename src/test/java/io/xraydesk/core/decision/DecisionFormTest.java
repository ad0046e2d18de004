package io.xraydesk.core.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.testing.MessagesLocale;
import io.xraydesk.store.DecisionOutcome;
import io.xraydesk.store.DecisionTerms;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DecisionFormTest {

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    private static List<DecisionProblem> problems(DecisionForm form) {
        DecisionForm.Result result = form.build();
        assertTrue(result.terms().isEmpty(), "no terms with problems");
        return result.problems().stream().map(DecisionForm.Problem::code).toList();
    }

    @Test
    void anApprovalWithLimitDurationConditionsAndJustification() {
        DecisionForm.Result result = new DecisionForm(Locale.FRENCH).outcome(" Approve ")
                .limit("1 500 000,50", "eur").durationMonths("24").condition(" Quarterly accounts ")
                .condition("Personal guarantee").justification("  Strong bank flows. ").build();

        assertTrue(result.isOk(), result.problems().toString());
        assertEquals(new DecisionTerms(DecisionOutcome.APPROVE, Optional.of(new BigDecimal("1500000.50")),
                Optional.of("EUR"), Optional.of(24), List.of("Quarterly accounts", "Personal guarantee"),
                Optional.of("Strong bank flows.")), result.terms().orElseThrow());
    }

    @Test
    void aReferralNeedsNothingElse() {
        DecisionTerms terms = new DecisionForm(Locale.ENGLISH).outcome("refer").build().terms().orElseThrow();

        assertEquals(DecisionOutcome.REFER, terms.outcome());
        assertEquals(Optional.empty(), terms.limitAmount());
        assertEquals(List.of(), terms.conditions());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        DecisionForm form = new DecisionForm(Locale.ENGLISH).outcome("maybe").limit("0", "EURO")
                .durationMonths("two years").condition(" ").justification("x".repeat(20_001));

        assertEquals(List.of(DecisionProblem.OUTCOME_UNKNOWN, DecisionProblem.CURRENCY_UNKNOWN,
                DecisionProblem.AMOUNT_NOT_POSITIVE, DecisionProblem.DURATION_NOT_A_NUMBER,
                DecisionProblem.CONDITION_BLANK, DecisionProblem.JUSTIFICATION_TOO_LONG), problems(form));
        assertEquals("\"maybe\" is not an outcome: choose approve, decline or refer.",
                form.build().problems().get(0).message());
    }

    @Test
    void aLimitIsAnAmountAndACurrencyBothOrNeither() {
        assertEquals(List.of(DecisionProblem.AMOUNT_WITHOUT_CURRENCY),
                problems(new DecisionForm(Locale.ENGLISH).outcome("approve").limit("1000", null)));
        assertEquals(List.of(DecisionProblem.CURRENCY_WITHOUT_AMOUNT),
                problems(new DecisionForm(Locale.ENGLISH).outcome("approve").limit(" ", "USD")));
    }

    @Test
    void amountsFollowTheirCurrencysDecimalsAndTheLanguagesReading() {
        assertEquals(List.of(DecisionProblem.AMOUNT_TOO_PRECISE),
                problems(new DecisionForm(Locale.ENGLISH).outcome("approve").limit("1000.5", "JPY")));
        assertTrue(new DecisionForm(Locale.ENGLISH).outcome("approve").limit("1000.50", "USD").build().isOk());
        assertEquals(new BigDecimal("1500"), new DecisionForm(Locale.ENGLISH).outcome("approve")
                .limit("1,500", "GBP").build().terms().orElseThrow().limitAmount().orElseThrow());
        assertEquals(List.of(DecisionProblem.AMOUNT_UNREADABLE),
                problems(new DecisionForm(Locale.ENGLISH).outcome("approve").limit("1e6", "EUR")));
    }

    @Test
    void aDeclineHasNoLimitAndAnOutcomeIsRequired() {
        assertEquals(List.of(DecisionProblem.DECLINE_WITH_LIMIT),
                problems(new DecisionForm(Locale.ENGLISH).outcome("decline").limit("1000", "EUR")));
        assertEquals(List.of(DecisionProblem.OUTCOME_MISSING), problems(new DecisionForm(Locale.ENGLISH)));
    }

    @Test
    void durationsAreBoundedWholeMonths() {
        assertEquals(List.of(DecisionProblem.DURATION_OUT_OF_RANGE),
                problems(new DecisionForm(Locale.ENGLISH).outcome("refer").durationMonths("0")));
        assertEquals(List.of(DecisionProblem.DURATION_OUT_OF_RANGE),
                problems(new DecisionForm(Locale.ENGLISH).outcome("refer").durationMonths("601")));
        assertFalse(new DecisionForm(Locale.ENGLISH).outcome("refer").durationMonths("1.5").build().isOk());
        assertEquals(Optional.of(600), new DecisionForm(Locale.ENGLISH).outcome("refer").durationMonths("600")
                .build().terms().orElseThrow().durationMonths());
    }

    @Test
    void tooManyOrTooLongConditions() {
        DecisionForm many = new DecisionForm(Locale.ENGLISH).outcome("approve");
        for (int i = 0; i < 51; i++) {
            many.condition("condition " + i);
        }
        assertEquals(List.of(DecisionProblem.TOO_MANY_CONDITIONS), problems(many));
        assertEquals(List.of(DecisionProblem.CONDITION_TOO_LONG),
                problems(new DecisionForm(Locale.ENGLISH).outcome("approve").condition("y".repeat(1_001))));
    }
}
