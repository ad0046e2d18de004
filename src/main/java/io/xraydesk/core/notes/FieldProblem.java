package io.xraydesk.core.notes;

import io.xraydesk.core.i18n.Messages;
import java.util.List;

/** A refused field value: the problem code, its message arguments and the localised text. */
public record FieldProblem(FieldProblemCode code, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(FieldProblemCode code, Object... args) {
        return new FieldProblem(code, List.of(args));
    }

    public String message() {
        return Messages.get(code.messageKey(), args.toArray());
    }
}
