package io.xraydesk.ui.dashboard;

import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The team's "Mine / Team" choice as a part of the requests list's filter (docs/team.md, "The
 * application in a team"). The requests the analyst created or follows are read from the team by
 * {@link DashboardTeam}, which replaces the whole set each time: an unchanged set filters nothing again.
 *
 * @param scope the choice; Team lets every row through
 * @param mine  the ids of the requests the analyst created or follows, as last read
 */
record TeamScopeFilter(ObjectProperty<TeamScope> scope, ObjectProperty<Set<String>> mine) implements RowFilter {

    /** The whole team, nothing read yet. */
    TeamScopeFilter() {
        this(new SimpleObjectProperty<>(TeamScope.TEAM), new SimpleObjectProperty<>(Set.of()));
    }

    @Override
    public boolean accepts(RequestRow row) {
        return scope.get() != TeamScope.MINE || mine.get().contains(row.id());
    }

    @Override
    public ObservableValue<?>[] dependencies() {
        return new ObservableValue<?>[] {scope, mine};
    }

    @Override
    public void clear() {
        scope.set(TeamScope.TEAM);
    }
}
