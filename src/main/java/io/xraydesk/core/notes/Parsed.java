package io.xraydesk.core.notes;

import io.xraydesk.core.i18n.Problem;
import java.util.Optional;

/**
 * A typed value read into its model type, or the problem that prevented it. A parsed value may be
 * null where the field's rule gives blank a meaning (e.g. "use the API default").
 */
public final class Parsed<T> {

    private final T value;
    private final Problem<FieldProblemCode> problem;

    private Parsed(T value, Problem<FieldProblemCode> problem) {
        this.value = value;
        this.problem = problem;
    }

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> failed(FieldProblemCode code, Object... args) {
        return new Parsed<>(null, Problem.of(code, args));
    }

    static <T> Parsed<T> failed(Problem<FieldProblemCode> problem) {
        return new Parsed<>(null, problem);
    }

    public boolean isOk() {
        return problem == null;
    }

    /** The value (possibly null when blank means "not given"); throws if the input was refused. */
    public T value() {
        if (problem != null) {
            throw new IllegalStateException("refused value: " + problem.kind());
        }
        return value;
    }

    public Optional<Problem<FieldProblemCode>> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public String toString() {
        return isOk() ? "ok(" + value + ")" : "failed(" + problem + ")";
    }
}
