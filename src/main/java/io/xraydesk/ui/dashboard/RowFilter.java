package io.xraydesk.ui.dashboard;

import javafx.beans.value.ObservableValue;

/**
 * One part of the requests list's filter bar beyond the search, status and X-Ray state: a test on the
 * rows that the analyst sets with controls of its own. {@link DashboardModel#addFilter} keeps the list
 * filtered on every part; a new filter (the team's scope, who follows a request) is one more part, with
 * its controls added to the bar by the screen.
 */
public interface RowFilter {

    /** True when {@code row} passes; a part left at its default lets every row through. */
    boolean accepts(RequestRow row);

    /** What {@link #accepts} depends on: the list filters again when one of them changes. */
    ObservableValue<?>[] dependencies();

    /** Back to the default, letting every row through. */
    void clear();
}
