package io.xraydesk.ui.dashboard;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.xray.Grades;
import io.xraydesk.core.xray.XRayOutcome;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Rows whose chosen X-Ray has a grade between a best and a worst grade, both included ("Financial from A
 * to C"). Letter grades read best first (docs/xray-states.md). With a bound set, an X-Ray without a grade
 * (not ready, not rated) is left out: it is not within any range.
 */
public final class GradeRangeFilter implements RowFilter {

    /** The X-Rays whose reports carry a letter grade. */
    public static final List<Source> GRADED = List.of(Source.FINANCIAL, Source.BANK, Source.ESG);
    /** The grades the API gives (docs/october-api.md, Reports), best first. */
    public static final List<String> GRADES = List.of("A", "B", "C", "D", "E");

    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(this, "source", Source.FINANCIAL);
    /** Null for no lower bound. */
    private final ObjectProperty<String> best = new SimpleObjectProperty<>(this, "best");
    /** Null for no upper bound. */
    private final ObjectProperty<String> worst = new SimpleObjectProperty<>(this, "worst");

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObjectProperty<String> bestProperty() {
        return best;
    }

    public ObjectProperty<String> worstProperty() {
        return worst;
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
