package io.xraydesk.ui.dashboard;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.widgets.ChoiceText;
import io.xraydesk.ui.widgets.Icons;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;

/** The controls of the requests list's part in a team: the scope choice and the lost-store banner. */
final class TeamBar {

    private TeamBar() {
    }

    /** "Mine / Team", bound to the team part's scope. */
    static Node scope(DashboardTeam team) {
        ComboBox<TeamScope> scope = new ComboBox<>();
        scope.setId("dashboard-scope");
        scope.getItems().setAll(TeamScope.values());
        scope.setConverter(ChoiceText.of(value -> value == null ? "" : Messages.get(value.messageKey())));
        scope.valueProperty().bindBidirectional(team.scopeProperty());
        return scope;
    }

    /** Shown while the team database is out of reach: the rows are the last known copy. */
    static Node banner(DashboardTeam team) {
        Label banner = new Label(Messages.get("dashboard.team.unreachable"), Icons.of(Feather.CLOUD_OFF));
        banner.setId("dashboard-team-unreachable");
        banner.getStyleClass().addAll("chip", "chip-warning");
        banner.visibleProperty().bind(team.reachableProperty().not());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }
}
