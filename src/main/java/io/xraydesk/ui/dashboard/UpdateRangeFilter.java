package io.xraydesk.ui.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * Rows last updated between two days, both included, counted in the analyst's time zone. A row with no date
 * at all is left out once a bound is set.
 *
 * @param from null for no lower bound
 * @param to   null for no upper bound
 */
public record UpdateRangeFilter(ZoneId zone, ObjectProperty<LocalDate> from, ObjectProperty<LocalDate> to)
        implements RowFilter {

    public UpdateRangeFilter {
        Objects.requireNonNull(zone, "zone");
    }

    /** No bound, days counted in {@code zone}. */
    public UpdateRangeFilter(ZoneId zone) {
        this(zone, new SimpleObjectProperty<>(), new SimpleObjectProperty<>());
    }

    @Override
    public boolean accepts(RequestRow row) {
        return within(row.lastUpdate(), from.get(), to.get(), zone);
    }

    static boolean within(Instant instant, LocalDate first, LocalDate last, ZoneId zone) {
        if (first == null && last == null) {
            return true;
        }
        if (instant == null) {
            return false;
        }
        LocalDate day = instant.atZone(zone).toLocalDate();
        return (first == null || !day.isBefore(first)) && (last == null || !day.isAfter(last));
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
