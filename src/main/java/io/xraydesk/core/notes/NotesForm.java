package io.xraydesk.core.notes;

import io.xraydesk.api.model.RequestNotes;
import io.xraydesk.core.i18n.Problem;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the typed texts of the notes fields and turns them into {@link RequestNotes}, or into one
 * problem per refused field so a form can mark each field and the command line can list them all.
 * A blank field is "not given" and is not sent.
 */
public final class NotesForm {

    /** More staff than any company employs: a larger number is a typing error. */
    static final int MAX_WORKFORCE = 10_000_000;
    private static final Set<String> YES = Set.of("yes", "y", "true", "oui", "o", "1");
    private static final Set<String> NO = Set.of("no", "n", "false", "non", "0");

    private final AmountParser amounts;
    private final Map<NoteField, String> typed = new EnumMap<>(NoteField.class);

    public NotesForm(Locale locale) {
        this.amounts = new AmountParser(locale);
    }

    /** Sets the typed text of a field (null or blank: not given). Returns this form for chaining. */
    public NotesForm set(NoteField field, String text) {
        typed.put(field, text);
        return this;
    }

    /** Reads every field; the result holds the notes, or the problem of each refused field. */
    public Result build() {
        Map<NoteField, Problem<FieldProblemCode>> problems = new EnumMap<>(NoteField.class);
        Map<NoteField, Object> values = new EnumMap<>(NoteField.class);
        for (NoteField field : NoteField.values()) {
            Parsed<?> parsed = parse(field, typed.get(field));
            if (parsed.isOk()) {
                values.put(field, parsed.value());
            } else {
                problems.put(field, parsed.problem().orElseThrow());
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new RequestNotes(
                (Boolean) values.get(NoteField.HOLDING),
                (Integer) values.get(NoteField.WORKFORCE_NUMBER),
                (BigDecimal) values.get(NoteField.EQUITY),
                (BigDecimal) values.get(NoteField.REVENUE),
                (BigDecimal) values.get(NoteField.AMORTIZATION_DEPRECIATION),
                (BigDecimal) values.get(NoteField.NET_INCOME)), Map.of());
    }

    /** Reads one field's text on its own, for checking as the analyst types. */
    public Parsed<?> parse(NoteField field, String text) {
        return switch (field) {
            case HOLDING -> parseYesNo(text);
            case WORKFORCE_NUMBER -> parseWorkforce(text);
            default -> amounts.parse(text, field.negativeAllowed());
        };
    }

    private static Parsed<Boolean> parseYesNo(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.ok(null);
        }
        String answer = text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(answer)) {
            return Parsed.ok(Boolean.TRUE);
        }
        if (NO.contains(answer)) {
            return Parsed.ok(Boolean.FALSE);
        }
        return Parsed.failed(FieldProblemCode.NOT_YES_OR_NO, text.strip());
    }

    /** A head count typed like an amount ("1 200" or "1,200"), then held to a whole number ≥ 1. */
    private Parsed<Integer> parseWorkforce(String text) {
        Parsed<BigDecimal> number = amounts.parse(text, true);
        if (!number.isOk()) {
            return Parsed.failed(number.problem().orElseThrow());
        }
        BigDecimal value = number.value();
        if (value == null) {
            return Parsed.ok(null);
        }
        if (value.stripTrailingZeros().scale() > 0) {
            return Parsed.failed(FieldProblemCode.NOT_A_WHOLE_NUMBER);
        }
        if (value.signum() <= 0) {
            return Parsed.failed(FieldProblemCode.BELOW_MINIMUM, 1);
        }
        if (value.compareTo(BigDecimal.valueOf(MAX_WORKFORCE)) > 0) {
            return Parsed.failed(FieldProblemCode.TOO_LARGE, MAX_WORKFORCE);
        }
        return Parsed.ok(value.intValueExact());
    }

    /** Either notes to send (possibly empty) or the problems keyed by field. */
    public record Result(RequestNotes notes, Map<NoteField, Problem<FieldProblemCode>> problems) {

        public Result {
            // Field order is kept so problems are listed in the order of the form.
            problems = problems.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(problems));
        }

        public boolean isValid() {
            return problems.isEmpty();
        }

        /** The notes, unless refused or all blank (nothing to send). */
        public Optional<RequestNotes> notesToSend() {
            return Optional.ofNullable(notes).filter(n -> !n.isEmpty());
        }
    }
}
