package io.xraydesk.ui.widgets;

import org.kordamp.ikonli.Ikon;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What a screen shows when it has nothing yet: an icon, a title, one sentence saying how to get
 * started, and the button that does it. Texts are given already translated.
 */
public final class EmptyState extends VBox {

    private final Label title;
    private final Label explanation;
    private final Button action;

    public EmptyState(Ikon ikon, String titleText, String explanationText, String actionText, Runnable onAction) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        var icon = Icons.of(ikon);
        icon.getStyleClass().add("empty-state-icon");
        title = new Label(titleText);
        title.getStyleClass().add("empty-state-title");
        explanation = new Label(explanationText);
        explanation.getStyleClass().add("empty-state-explanation");
        explanation.setWrapText(true);
        action = new Button(actionText);
        action.getStyleClass().add("accent");
        action.setDefaultButton(true);
        action.setOnAction(event -> onAction.run());
        getChildren().addAll(icon, title, explanation, action);
    }

    public String title() {
        return title.getText();
    }

    public String explanation() {
        return explanation.getText();
    }

    public Button actionButton() {
        return action;
    }
}
