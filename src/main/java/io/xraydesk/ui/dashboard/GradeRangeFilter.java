package io.xraydesk.ui.dashboard;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.xray.Grades;
import io.xraydesk.core.xray.XRayOutcome;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * Rows whose chosen X-Ray has a grade between a best and a worst grade, both included ("Financial from A
 * to C"), as {@link Grades#within} reads them. With a bound set, an X-Ray without a grade (not ready, not
 * rated) is left out: it is not within any range.
 *
 * @param source the X-Ray whose grade is bounded
 * @param best   null for no lower bound
 * @param worst  null for no upper bound
 */
public record GradeRangeFilter(ObjectProperty<Source> source, ObjectProperty<String> best,
        ObjectProperty<String> worst) implements RowFilter {

    /** The X-Rays whose reports carry a letter grade. */
    public static final List<Source> GRADED = List.of(Source.FINANCIAL, Source.BANK, Source.ESG);
    /** The grades the API gives (docs/october-api.md, Reports), best first. */
    public static final List<String> GRADES = List.of("A", "B", "C", "D", "E");

    /** The Financial X-Ray, no bound. */
    public GradeRangeFilter() {
        this(new SimpleObjectProperty<>(Source.FINANCIAL), new SimpleObjectProperty<>(), new SimpleObjectProperty<>());
    }

    @Override
    public boolean accepts(RequestRow row) {
        XRayOutcome outcome = row.xrays().get(source.get() == null ? Source.FINANCIAL : source.get());
        return Grades.within(outcome == null ? null : outcome.grade(), best.get(), worst.get());
    }

    @Override
    public ObservableValue<?>[] dependencies() {
        return new ObservableValue<?>[] {source, best, worst};
    }

    @Override
    public void clear() {
        best.set(null);
        worst.set(null);
    }
}
