package io.xraydesk.ui.shell;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.concurrent.Activity;
import io.xraydesk.ui.widgets.Badges;
import io.xraydesk.ui.widgets.BusyIndicator;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line of the window: whether the API is reachable, and whether work runs in the background. */
final class StatusBar extends HBox {

    final Label connection = Badges.chip("", ConnectionState.CONNECTING.tone());
    final Label activityText = new Label();

    StatusBar(Activity activity) {
        getStyleClass().add("status-bar");
        connection.setId("connection-state");
        activityText.setId("background-activity");
        activityText.getStyleClass().add("text-muted");
        activityText.textProperty().bind(Bindings.createStringBinding(
                () -> Messages.get("status.background", activity.runningProperty().get()),
                activity.runningProperty()));
        BusyIndicator.bind(activityText, activity);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        hideConnection();
        getChildren().addAll(connection, spacer, BusyIndicator.spinner(activity), activityText);
    }

    /** Hidden while nothing watches the API: the bar never claims a state nobody measured. */
    void hideConnection() {
        connection.setVisible(false);
        connection.setManaged(false);
    }

    void show(ConnectionState state) {
        connection.setVisible(true);
        connection.setManaged(true);
        connection.setText(Messages.get(state.messageKey()));
        Badges.retone(connection, state.tone());
    }
}
