package io.xraydesk.ui.dashboard;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The state of the requests list, without controls: every known row, and the filtered, sorted view
 * the table shows. A keystroke in the search field changes one predicate over rows already in
 * memory — no I/O, no JSON — so 5,000 rows filter instantly. Call on the FX thread.
 */
public final class DashboardModel {

    private final ObservableList<RequestRow> rows = FXCollections.observableArrayList();
    private final Map<String, RequestRow> byId = new HashMap<>();
    private final FilteredList<RequestRow> filtered = new FilteredList<>(rows);
    private final SortedList<RequestRow> sorted = new SortedList<>(filtered);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    /** Null for every status. */
    private final ObjectProperty<String> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<XRayFilter> xray = new SimpleObjectProperty<>(this, "xray", XRayFilter.ALL);
    private final ObservableList<String> statuses = FXCollections.observableArrayList();
    /** Which rows a team's scope lets through ({@link DashboardTeam}); every row without a team. */
    private final ObjectProperty<Predicate<RequestRow>> scope = new SimpleObjectProperty<>(this, "scope", row -> true);

    public DashboardModel() {
        search.addListener((o, a, b) -> refilter());
        status.addListener((o, a, b) -> refilter());
        xray.addListener((o, a, b) -> refilter());
        scope.addListener((o, a, b) -> refilter());
    }

    /** Replaces every row (the start-up read of the cache); build the rows off the FX thread. */
    public void showAll(Collection<RequestRow> fresh) {
        byId.clear();
        fresh.forEach(row -> byId.put(row.id(), row));
        rows.setAll(fresh);
        refreshStatuses();
    }

    /** Adds or replaces one row, e.g. after the watcher fetched it. */
    public void show(RequestRow row) {
        RequestRow previous = byId.put(row.id(), row);
        if (previous == null) {
            rows.add(0, row);
        } else {
            rows.set(rows.indexOf(previous), row);
        }
        refreshStatuses();
    }

    public ObservableList<RequestRow> rows() {
        return rows;
    }

    /** What the table shows; bind its comparator to the table's. */
    public SortedList<RequestRow> visible() {
        return sorted;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<String> statusProperty() {
        return status;
    }

    public ObjectProperty<XRayFilter> xrayProperty() {
        return xray;
    }

    public ObjectProperty<Predicate<RequestRow>> scopeProperty() {
        return scope;
    }

    /** Every status value seen, for the status filter. */
    public ObservableList<String> statuses() {
        return statuses;
    }

    private void refilter() {
        String query = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        String wantedStatus = status.get();
        XRayFilter wantedXray = xray.get() == null ? XRayFilter.ALL : xray.get();
        Predicate<RequestRow> inScope = scope.get() == null ? row -> true : scope.get();
        filtered.setPredicate(row -> row.matches(query)
                && (wantedStatus == null || Objects.equals(wantedStatus, row.status()))
                && wantedXray.accepts(row) && inScope.test(row));
    }

    private void refreshStatuses() {
        TreeSet<String> seen = new TreeSet<>();
        rows.forEach(row -> {
            if (row.status() != null) {
                seen.add(row.status());
            }
        });
        if (!statuses.equals(List.copyOf(seen))) {
            statuses.setAll(seen);
        }
    }
}
