package io.xraydesk.ui.shell;

import atlantafx.base.theme.Styles;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Environment;
import io.xraydesk.ui.widgets.AppIcon;
import io.xraydesk.ui.widgets.Badges;
import io.xraydesk.ui.widgets.Icons;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;

/** The header of the window: Back, who we are, which API we talk to, who is signed in. */
final class TopBar extends HBox {

    private static final double LOGO_SIZE = 22;

    final Label environment = Badges.chip("", EnvironmentLook.tone(Environment.SANDBOX));
    final Label user = new Label();

    /** @param back View ▸ Back: the button fires it and is enabled with it */
    TopBar(MenuItem back) {
        getStyleClass().add("top-bar");
        Button backButton = new Button(Messages.get("topbar.back"), Icons.of(Feather.ARROW_LEFT));
        backButton.setId("back-button");
        backButton.getStyleClass().add(Styles.FLAT);
        backButton.setMinWidth(Region.USE_PREF_SIZE);
        backButton.disableProperty().bind(back.disableProperty());
        backButton.setOnAction(event -> back.fire());
        // Reached with the keyboard through Alt+Left; a Tab stop here would come before every screen's fields.
        backButton.setFocusTraversable(false);
        Label name = new Label(Messages.get("app.title"), logo());
        name.getStyleClass().add("app-name");
        environment.setId("environment-badge");
        user.setId("signed-in-user");
        user.setGraphic(Icons.of(Feather.USER));
        user.getStyleClass().add("text-muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(backButton, name, environment, spacer, user);
        show(Environment.SANDBOX);
        showUser(null);
    }

    void show(Environment env) {
        environment.setText(EnvironmentLook.label(env));
        Badges.retone(environment, EnvironmentLook.tone(env));
    }

    void showUser(String userId) {
        user.setText(userId == null || userId.isBlank()
                ? Messages.get("topbar.signed_out")
                : Messages.get("topbar.signed_in", shorten(userId)));
    }

    /** A user id is long and half-secret: its ends are enough to tell two accounts apart. */
    static String shorten(String userId) {
        String id = userId.trim();
        return id.length() <= 10 ? id : id.substring(0, 4) + "…" + id.substring(id.length() - 4);
    }

    private static Node logo() {
        return AppIcon.view(LOGO_SIZE).<Node>map(view -> view).orElseGet(() -> {
            var icon = Icons.of(Feather.APERTURE);
            icon.getStyleClass().add("app-logo");
            return icon;
        });
    }
}
