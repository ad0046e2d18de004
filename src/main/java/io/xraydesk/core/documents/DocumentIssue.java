package io.xraydesk.core.documents;

import io.xraydesk.core.i18n.Messages;
import java.util.List;

/** One problem found about a document, with the arguments of its message. */
public record DocumentIssue(DocumentProblem problem, List<Object> args) {

    public DocumentIssue {
        args = List.copyOf(args);
    }

    public static DocumentIssue of(DocumentProblem problem, Object... args) {
        return new DocumentIssue(problem, List.of(args));
    }

    public boolean isRefusal() {
        return problem.severity() == DocumentProblem.Severity.REFUSAL;
    }

    public String message() {
        return Messages.get(problem.messageKey(), args.toArray());
    }
}
