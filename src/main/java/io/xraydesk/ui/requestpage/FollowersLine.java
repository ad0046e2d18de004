package io.xraydesk.ui.requestpage;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.team.TeamMirror;
import io.xraydesk.core.team.TeamSession;
import io.xraydesk.store.RequestFollower;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.shell.ScreenPart;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Who else created or follows the request, on its page in a team (docs/team.md, "The application in a
 * team"). Opening the page makes the analyst a follower, in the team too while it answers; the line is
 * read again whenever the team changes the request's followers.
 */
final class FollowersLine implements ScreenPart {

    private final String requestId;
    private final BackgroundTasks tasks;
    private final TeamSession team;
    private final String analystId;
    private final BiConsumer<String, Throwable> onError;
    private final Label line = new Label();
    private final TeamMirror.Listener follower = new TeamMirror.Listener() {
        @Override
        public void requestChanged(String changed) {
            if (changed.equals(requestId)) {
                tasks.ui().execute(FollowersLine.this::read);
            }
        }
    };

    FollowersLine(String requestId, BackgroundTasks tasks, TeamSession team, String analystId,
            BiConsumer<String, Throwable> onError) {
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.team = Objects.requireNonNull(team, "team");
        this.analystId = Objects.requireNonNull(analystId, "analystId");
        this.onError = Objects.requireNonNull(onError, "onError");
        line.setId("request-followers");
        line.getStyleClass().add("text-muted");
        line.setWrapText(true);
    }

    @Override
    public Node view() {
        return line;
    }

    @Override
    public void activate() {
        team.addListener(follower);
        tasks.task("follow request " + requestId, progress -> {
                    team.follow(requestId);
                    return team.followers(requestId);
                })
                .onSuccess(this::show)
                .onFailure(failure -> onError.accept(Messages.get("requestpage.followers.failed"), failure))
                .start();
    }

    @Override
    public void deactivate() {
        team.removeListener(follower);
    }

    private void read() {
        tasks.task("read followers of " + requestId, progress -> team.followers(requestId))
                .onSuccess(this::show)
                .onFailure(failure -> onError.accept(Messages.get("requestpage.followers.failed"), failure))
                .start();
    }

    /** "Created by Alice · also followed by Bob, Carol", the analyst themself left out. */
    private void show(List<RequestFollower> followers) {
        List<RequestFollower> others = followers.stream()
                .filter(f -> !f.analyst().userId().equals(analystId)).toList();
        String creator = others.stream().filter(f -> f.relation() == RequestFollower.Relation.CREATED)
                .map(FollowersLine::name).findFirst().orElse(null);
        List<String> following = others.stream().filter(f -> f.relation() == RequestFollower.Relation.FOLLOWS)
                .map(FollowersLine::name).toList();
        String text = following.isEmpty() ? "" : Messages.get("requestpage.followers.others", String.join(", ", following));
        if (creator != null) {
            text = Messages.get("requestpage.followers.creator", creator) + (text.isEmpty() ? "" : " · " + text);
        }
        line.setText(text.isEmpty() ? Messages.get("requestpage.followers.none") : text);
    }

    private static String name(RequestFollower follower) {
        String name = follower.analyst().name();
        return name == null || name.isBlank() ? follower.analyst().userId() : name;
    }
}
