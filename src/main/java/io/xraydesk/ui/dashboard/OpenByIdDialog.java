package io.xraydesk.ui.dashboard;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.widgets.Dialogs;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks for a request id; OK stays disabled until the field holds one, and a line says why. */
public final class OpenByIdDialog extends Dialog<String> {

    private final TextField field = new TextField();
    private final Label problem = new Label();

    public OpenByIdDialog(Window owner) {
        initOwner(owner);
        setTitle(Messages.get("dashboard.open.title"));
        setHeaderText(Messages.get("dashboard.open.header"));
        ButtonType open = new ButtonType(Messages.get("dashboard.open.action"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(open, Dialogs.cancelButton());
        field.setId("request-id-field");
        field.setPromptText("635107e452436f15d3b39d87");
        field.setPrefColumnCount(28);
        problem.getStyleClass().add("text-muted");
        problem.setId("request-id-problem");
        getDialogPane().setContent(new VBox(8, new Label(Messages.get("dashboard.open.label")), field, problem));
        var openButton = getDialogPane().lookupButton(open);
        openButton.setDisable(true);
        field.textProperty().addListener((o, a, text) -> {
            boolean valid = RequestIdInput.parse(text).isPresent();
            openButton.setDisable(!valid);
            problem.setText(text.isBlank() || valid ? "" : Messages.get("dashboard.open.invalid"));
        });
        setResultConverter(button -> button == open ? RequestIdInput.parse(field.getText()).orElse(null) : null);
        setOnShown(event -> field.requestFocus());
    }

    /** Shows the dialog and waits: the id, or empty when cancelled. */
    public Optional<String> ask() {
        return showAndWait();
    }
}
