package io.xraydesk.ui.dashboard;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The state of the requests list, without controls: every known row, and the filtered, sorted view
 * the table shows. A keystroke in the search field changes one predicate over rows already in
 * memory — no I/O, no JSON — so 10,000 rows filter at once. The filter is the search, the status, the X-Ray
 * state and a list of further {@link RowFilter} parts (grade range, last update, import batch). Call on the
 * FX thread.
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
    /** The filter bar's further parts, in the order of the bar. */
    private final List<RowFilter> filters = new ArrayList<>();
    private final GradeRangeFilter gradeRange = new GradeRangeFilter();
    private final UpdateRangeFilter updateRange;
    private final BatchFilter batch = new BatchFilter();
    /** How many requests the portfolio holds while only its first rows are shown; 0 once every row is. */
    private final ReadOnlyIntegerWrapper totalWhileReading = new ReadOnlyIntegerWrapper(this, "totalWhileReading");

    public DashboardModel() {
        this(ZoneId.systemDefault());
    }

    /** @param zone the analyst's time zone, in which the last update's days are counted */
    public DashboardModel(ZoneId zone) {
        this.updateRange = new UpdateRangeFilter(zone);
        search.addListener((o, a, b) -> refilter());
        status.addListener((o, a, b) -> refilter());
        xray.addListener((o, a, b) -> refilter());
        addFilter(gradeRange);
        addFilter(updateRange);
        addFilter(batch);
    }

    /** Adds a part to the filter: the list keeps only the rows every part accepts. */
    public void addFilter(RowFilter filter) {
        filters.add(filter);
        for (ObservableValue<?> dependency : filter.dependencies()) {
            dependency.addListener((o, was, is) -> refilter());
        }
        refilter();
    }

    /** Every filter back to letting every row through, the search emptied. */
    public void clearFilters() {
        search.set("");
        status.set(null);
        xray.set(XRayFilter.ALL);
        filters.forEach(RowFilter::clear);
    }

    public GradeRangeFilter gradeRange() {
        return gradeRange;
    }

    public UpdateRangeFilter updateRange() {
        return updateRange;
    }

    public BatchFilter batch() {
        return batch;
    }

    /** Replaces every row (the start-up read of the cache); build the rows off the FX thread. */
    public void showAll(Collection<RequestRow> fresh) {
        replaceRows(fresh);
        totalWhileReading.set(0);
    }

    /**
     * Shows the first rows of a portfolio of {@code total} requests while the rest is read (docs/portfolio.md,
     * The portfolio view): the search, the filters and the sort act on these until {@link #showAll} brings every
     * row, and {@link #totalWhileReadingProperty()} says so meanwhile.
     */
    public void showFirst(Collection<RequestRow> first, int total) {
        replaceRows(first);
        totalWhileReading.set(first.size() < total ? total : 0);
    }

    /**
     * The number of requests in the portfolio while only its first rows are shown (the rows are then its most
     * recently updated ones), 0 once every row is.
     */
    public ReadOnlyIntegerProperty totalWhileReadingProperty() {
        return totalWhileReading.getReadOnlyProperty();
    }

    private void replaceRows(Collection<RequestRow> fresh) {
        byId.clear();
        fresh.forEach(row -> byId.put(row.id(), row));
        rows.setAll(fresh);
        refreshStatuses();
    }

    /**
     * True when the list shows every row of the portfolio as last read (not only its first rows while the rest is
     * read, nor nothing yet).
     */
    public boolean showsEveryRow() {
        return totalWhileReading.get() == 0 && !rows.isEmpty();
    }

    /**
     * Replaces the rows of the same requests by {@code fresh} where they are and adds the others, leaving every other
     * row shown: the newest rows read again while the rest is, on a list that already shows them all. One pass over
     * the rows, where {@link #show} looks each row up in all of them.
     */
    public void refresh(Collection<RequestRow> fresh) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).id(), i);
        }
        for (RequestRow row : fresh) {
            Integer at = index.get(row.id());
            byId.put(row.id(), row);
            if (at == null) {
                // The table's sort places it; the end of the list moves no other row's index.
                index.put(row.id(), rows.size());
                rows.add(row);
            } else {
                rows.set(at, row);
            }
        }
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

    /** Every status value seen, for the status filter. */
    public ObservableList<String> statuses() {
        return statuses;
    }

    private void refilter() {
        String query = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        String wantedStatus = status.get();
        XRayFilter wantedXray = xray.get() == null ? XRayFilter.ALL : xray.get();
        String compact = query.replace(" ", "");
        filtered.setPredicate(row -> row.matches(query, compact)
                && (wantedStatus == null || Objects.equals(wantedStatus, row.status()))
                && wantedXray.accepts(row)
                && filters.stream().allMatch(filter -> filter.accepts(row)));
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
