package io.xraydesk.ui.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Rows last updated between two days, both included, in the analyst's time zone. A row with no date at
 * all is left out once a bound is set.
 */
public final class UpdateRangeFilter implements RowFilter {

    private final ZoneId zone;
    /** Null for no lower bound. */
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    /** Null for no upper bound. */
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");

    public UpdateRangeFilter(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    @Override
    public boolean accepts(RequestRow row) {
        return within(row.lastUpdate(), from.get(), to.get(), zone);
    }

    static boolean within(Instant instant, LocalDate from, LocalDate to, ZoneId zone) {
        if (from == null && to == null) {
            return true;
        }
        if (instant == null) {
            return false;
        }
        LocalDate day = instant.atZone(zone).toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    @Override
    public ObservableValue<?>[] dependencies() {
        return new ObservableValue<?>[] {from, to};
    }

    @Override
    public void clear() {
        from.set(null);
        to.set(null);
    }
}
