package io.xraydesk.core.documents;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.i18n.Problem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks a document's description before upload: the reference date is neither in the future (a
 * statement cannot cover days not yet lived) nor before 1900 (a typing slip such as 0023), and the
 * period is one the category accepts ({@link DocumentCategory#allowedPeriods()}).
 */
public final class DocumentDateRule {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final Clock clock;

    public DocumentDateRule(Clock clock) {
        this.clock = clock;
    }

    /** The problems of this description; empty when it is acceptable. Null period or date: not given. */
    public List<Problem<DocumentProblem>> check(DocumentCategory category, Period period, LocalDate date) {
        List<Problem<DocumentProblem>> issues = new ArrayList<>();
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            issues.add(Problem.of(DocumentProblem.DATE_IN_FUTURE, date));
        }
        if (date != null && date.isBefore(EARLIEST)) {
            issues.add(Problem.of(DocumentProblem.DATE_TOO_OLD, date, EARLIEST));
        }
        if (period != null && category != null && !category.accepts(period)) {
            issues.add(Problem.of(DocumentProblem.PERIOD_NOT_ACCEPTED, DocumentWords.period(period),
                    DocumentWords.category(category), accepted(category)));
        }
        return issues;
    }

    private static String accepted(DocumentCategory category) {
        if (category.allowedPeriods().isEmpty()) {
            return Messages.get("documents.period.none");
        }
        return category.allowedPeriods().stream().map(DocumentWords::period).collect(Collectors.joining(", "));
    }
}
