package io.xraydesk.core.notes;

import java.util.Optional;

/**
 * A typed value read into its model type, or the problem that prevented it. A parsed value may be
 * null where the field's rule gives blank a meaning (e.g. "use the API default").
 */
public final class Parsed<T> {

    private final T value;
    private final FieldProblem problem;

    private Parsed(T value, FieldProblem problem) {
        this.value = value;
        this.problem = problem;
    }

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(value, null);
    }

    public static <T> Parsed<T> failed(FieldProblemCode code, Object... args) {
        return new Parsed<>(null, FieldProblem.of(code, args));
    }

    static <T> Parsed<T> failed(FieldProblem problem) {
        return new Parsed<>(null, problem);
    }

    public boolean isOk() {
        return problem == null;
    }

    /** The value (possibly null when blank means "not given"); throws if the input was refused. */
    public T value() {
        if (problem != null) {
            throw new IllegalStateException("refused value: " + problem.code());
        }
        return value;
    }

    public Optional<FieldProblem> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public String toString() {
        return isOk() ? "ok(" + value + ")" : "failed(" + problem + ")";
    }
}
