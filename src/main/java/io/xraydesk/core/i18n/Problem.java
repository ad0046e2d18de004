package io.xraydesk.core.i18n;

import java.util.List;

/**
 * One problem found in what the analyst gave (a document and its description, a typed field), with
 * the arguments of its message.
 */
public record Problem<K extends ProblemKind>(K kind, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    public static <K extends ProblemKind> Problem<K> of(K kind, Object... args) {
        return new Problem<>(kind, List.of(args));
    }

    public String message() {
        return Messages.get(kind.messageKey(), args.toArray());
    }
}
