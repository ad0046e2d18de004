package io.xraydesk.ui.dashboard;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.widgets.DataText;
import io.xraydesk.ui.widgets.Dialogs;
import io.xraydesk.ui.widgets.Icons;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * Asks for request ids: one, or a list pasted (one per line, or separated by commas or spaces), or a file of
 * them (read later, off the UI thread). OK stays disabled until there is an id or a file, and a line names
 * what is not an id.
 */
public final class OpenByIdDialog extends Dialog<OpenByIdDialog.Answer> {

    /** What the analyst gave: the text as typed and the chosen file of ids, if any. */
    public record Answer(String text, Path file) {
    }

    private final TextArea field = new TextArea();
    private final Label problem = new Label();
    private final Label fileName = new Label();
    private final Node openButton;
    private Path file;

    public OpenByIdDialog(Window owner) {
        initOwner(owner);
        setTitle(Messages.get("dashboard.open.title"));
        setHeaderText(Messages.get("dashboard.open.header"));
        ButtonType open = new ButtonType(Messages.get("dashboard.open.action"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(open, Dialogs.cancelButton());
        field.setId("request-id-field");
        field.setPromptText("635107e452436f15d3b39d87");
        DataText.of(field); // an example id, not words
        field.setPrefColumnCount(28);
        field.setPrefRowCount(4);
        problem.getStyleClass().add("text-muted");
        problem.setId("request-id-problem");
        problem.setWrapText(true);
        Button fromFile = new Button(Messages.get("dashboard.open.file"), Icons.of(Feather.FILE_TEXT));
        fromFile.setId("request-id-file");
        fromFile.setOnAction(event -> chooseFile());
        fileName.setId("request-id-file-name");
        Label explanation = new Label(Messages.get("dashboard.open.label"));
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE); // all its lines, whatever the dialog's height
        getDialogPane().setContent(new VBox(8, explanation, field,
                new HBox(8, fromFile, fileName), problem));
        openButton = getDialogPane().lookupButton(open);
        openButton.setDisable(true);
        field.textProperty().addListener((o, a, text) -> validate());
        setResultConverter(button -> button == open ? new Answer(field.getText(), file) : null);
        setOnShown(event -> field.requestFocus());
    }

    /** Shows the dialog and waits: the ids given, or empty when cancelled. */
    public Optional<Answer> ask() {
        return showAndWait();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("dashboard.open.fileTitle"));
        File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            file = chosen.toPath();
            fileName.setText(chosen.getName());
            validate();
        }
    }

    private void validate() {
        RequestIdInput.IdList list = RequestIdInput.parseList(field.getText());
        openButton.setDisable(list.ids().isEmpty() && file == null);
        problem.setText(list.invalid().isEmpty() ? ""
                : Messages.get("dashboard.open.invalid", String.join(", ", list.invalid())));
    }
}
