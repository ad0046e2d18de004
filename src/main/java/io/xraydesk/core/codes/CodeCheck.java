package io.xraydesk.core.codes;

import io.xraydesk.core.i18n.Messages;
import java.util.List;
import java.util.Optional;

/**
 * Outcome of checking a typed company code: either valid, with the normalised id to send and maybe an
 * informational note (e.g. "SIRET given: SIREN used"), or invalid with the problem and its arguments.
 */
public final class CodeCheck {

    private final CompanyCodeType type;
    private final String normalisedId;
    private final CodeProblem problem;
    private final String noteKey;
    private final List<Object> args;

    private CodeCheck(CompanyCodeType type, String normalisedId, CodeProblem problem, String noteKey,
            List<Object> args) {
        this.type = type;
        this.normalisedId = normalisedId;
        this.problem = problem;
        this.noteKey = noteKey;
        this.args = args;
    }

    static CodeCheck valid(CompanyCodeType type, String normalisedId) {
        return new CodeCheck(type, normalisedId, null, null, List.of());
    }

    static CodeCheck validWithNote(CompanyCodeType type, String normalisedId, String noteKey, Object... args) {
        return new CodeCheck(type, normalisedId, null, noteKey, List.of(args));
    }

    static CodeCheck invalid(CompanyCodeType type, CodeProblem problem, Object... args) {
        return new CodeCheck(type, null, problem, null, List.of(args));
    }

    public CompanyCodeType type() {
        return type;
    }

    public boolean isValid() {
        return problem == null;
    }

    /** The digits to send to the API; empty when invalid. */
    public Optional<String> normalisedId() {
        return Optional.ofNullable(normalisedId);
    }

    public Optional<CodeProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /** Arguments of the problem or of the note, in message order. */
    public List<Object> args() {
        return args;
    }

    /** Localised informational note of a valid code (e.g. a SIRET reduced to its SIREN). */
    public Optional<String> note() {
        return noteKey == null ? Optional.empty() : Optional.of(Messages.get(noteKey, args.toArray()));
    }

    /** Localised text of the problem; for a valid code, its note or an empty string. */
    public String message() {
        if (problem == null) {
            return note().orElse("");
        }
        return Messages.get(problem.messageKey(type), args.toArray());
    }

    @Override
    public String toString() {
        return isValid() ? type.wire() + ":" + normalisedId : type.wire() + " invalid: " + problem + args;
    }
}
