package io.xraydesk.core.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.i18n.Problem;
import io.xraydesk.testing.MessagesLocale;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DocumentDateRuleTest {

    private final DocumentDateRule rule = new DocumentDateRule(
            Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneId.of("Europe/Paris")));
    @RegisterExtension
    final MessagesLocale locale = MessagesLocale.restored();

    @Test
    void acceptsAPastDateAndAnAllowedPeriod() {
        assertEquals(List.of(), rule.check(DocumentCategory.BANK_STATEMENT, Period.MONTH, LocalDate.of(2026, 2, 28)));
        assertEquals(List.of(), rule.check(DocumentCategory.CERTIFIED_FINANCIAL_STATEMENT, Period.YEAR, LocalDate.of(2026, 3, 15)));
        assertEquals(List.of(), rule.check(DocumentCategory.OTHER, null, null));
        assertEquals(List.of(), rule.check(DocumentCategory.BANK_STATEMENT, null, DocumentDateRule.EARLIEST));
    }

    @Test
    void refusesFutureAndAncientDates() {
        assertEquals(List.of(Problem.of(DocumentProblem.DATE_IN_FUTURE, LocalDate.of(2026, 3, 16))),
                rule.check(DocumentCategory.BANK_STATEMENT, null, LocalDate.of(2026, 3, 16)));
        assertEquals(List.of(DocumentProblem.DATE_TOO_OLD),
                rule.check(DocumentCategory.BANK_STATEMENT, null, LocalDate.of(23, 12, 31)).stream().map(Problem::kind).toList());
    }

    @Test
    void refusesAPeriodTheCategoryDoesNotTake() {
        Messages.setLocale(Locale.FRENCH);
        List<Problem<DocumentProblem>> issues = rule.check(DocumentCategory.CERTIFIED_FINANCIAL_STATEMENT, Period.MONTH, null);
        assertEquals(1, issues.size());
        assertEquals("La période « mois » ne s’applique pas aux comptes annuels ; acceptées : année.", issues.get(0).message());

        Messages.setLocale(Locale.ENGLISH);
        assertEquals("The period \"year\" does not apply to bank statements; accepted: month, quarter, half-year.",
                rule.check(DocumentCategory.BANK_STATEMENT, Period.YEAR, null).get(0).message());
        assertEquals(List.of(DocumentProblem.PERIOD_NOT_ACCEPTED),
                rule.check(DocumentCategory.OTHER, Period.YEAR, null).stream().map(Problem::kind).toList());
    }
}
