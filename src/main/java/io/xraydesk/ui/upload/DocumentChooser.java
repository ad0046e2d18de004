package io.xraydesk.ui.upload;

import io.xraydesk.core.i18n.Messages;
import java.io.File;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The file chooser of Browse…: several documents at once, of the types the API reads. */
final class DocumentChooser {

    private DocumentChooser() {
    }

    /** The chosen files; empty when the analyst closed the chooser without choosing. */
    static List<File> choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("upload.panel.browse.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("upload.panel.documents"),
                "*.pdf", "*.PDF", "*.jpg", "*.jpeg", "*.JPG", "*.JPEG", "*.png", "*.PNG"));
        List<File> chosen = chooser.showOpenMultipleDialog(owner);
        return chosen == null ? List.of() : chosen;
    }
}
