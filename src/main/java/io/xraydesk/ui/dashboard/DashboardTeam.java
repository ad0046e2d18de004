package io.xraydesk.ui.dashboard;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.team.TeamMirror;
import io.xraydesk.core.team.TeamSession;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The requests list's part in a team (docs/team.md, "The application in a team"): the "Mine / Team"
 * scope over the rows, whether the team database answers (the banner), and the rows kept in step with
 * what the team changed, without a call to the API: each change the desktop's copy took in is read
 * again through {@code reload}, a whole resynchronisation through {@code reloadAll}. Properties change
 * on the UI thread only.
 */
final class DashboardTeam {

    private final BackgroundTasks tasks;
    private final TeamSession team;
    private final String analystId;
    private final Consumer<String> reload;
    private final Runnable reloadAll;
    private final BiConsumer<String, Throwable> onError;
    private final TeamScopeFilter scope = new TeamScopeFilter();
    private final ReadOnlyBooleanWrapper reachable = new ReadOnlyBooleanWrapper(this, "reachable", true);
    private final TeamMirror.Listener follower = new Follower();

    DashboardTeam(BackgroundTasks tasks, TeamSession team, String analystId, Consumer<String> reload,
            Runnable reloadAll, BiConsumer<String, Throwable> onError) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.team = Objects.requireNonNull(team, "team");
        this.analystId = Objects.requireNonNull(analystId, "analystId");
        this.reload = Objects.requireNonNull(reload, "reload");
        this.reloadAll = Objects.requireNonNull(reloadAll, "reloadAll");
        this.onError = Objects.requireNonNull(onError, "onError");
    }

    ObjectProperty<TeamScope> scopeProperty() {
        return scope.scope();
    }

    /** False while the team database is out of reach: the rows are the last known copy. */
    ReadOnlyBooleanProperty reachableProperty() {
        return reachable.getReadOnlyProperty();
    }

    /** The rows the scope lets through: one more part of the list's filter. */
    RowFilter filter() {
        return scope;
    }

    void activate() {
        team.addListener(follower);
        reachable.set(team.reachable());
        readMine();
    }

    void deactivate() {
        team.removeListener(follower);
    }

    private void readMine() {
        tasks.task("read my team requests", progress -> Set.copyOf(team.requestsOf(analystId)))
                .onSuccess(ids -> scope.mine().set(ids))
                .onFailure(failure -> onError.accept(Messages.get("dashboard.load.failed"), failure))
                .start();
    }

    /** Heard on the team session's threads. */
    private final class Follower implements TeamMirror.Listener {

        @Override
        public void reachabilityChanged(boolean now) {
            tasks.ui().execute(() -> reachable.set(now));
        }

        @Override
        public void requestChanged(String requestId) {
            reload.accept(requestId);
            tasks.ui().execute(DashboardTeam.this::readMine);
        }

        @Override
        public void resynchronised() {
            tasks.ui().execute(() -> {
                reachable.set(true);
                reloadAll.run();
                readMine();
            });
        }
    }
}
