package io.xraydesk.ui.upload;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.widgets.Icons;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;

/**
 * Where files and folders are dropped. While something is dragged over it, it says whether it would
 * be taken: files and folders yes (highlighted, "release to add"), anything else no (struck, "only
 * files and folders").
 */
final class DropZone extends StackPane {

    static final String ACCEPTING = "drop-accepting";
    static final String REFUSING = "drop-refusing";

    private final Label text = new Label(Messages.get("upload.panel.drop"), Icons.of(Feather.UPLOAD_CLOUD));
    private final Consumer<List<File>> onFiles;

    DropZone(Consumer<List<File>> onFiles) {
        this.onFiles = onFiles;
        getStyleClass().add("drop-zone");
        getChildren().add(text);
        setOnDragOver(this::dragOver);
        setOnDragEntered(this::dragEntered);
        setOnDragExited(event -> idle());
        setOnDragDropped(this::dropped);
    }

    /** Takes a drop: the files (and folders) of the dragboard. Returns whether anything was taken. */
    boolean drop(Dragboard dragboard) {
        idle();
        if (!acceptable(dragboard)) {
            return false;
        }
        onFiles.accept(List.copyOf(dragboard.getFiles()));
        return true;
    }

    static boolean acceptable(Dragboard dragboard) {
        return dragboard.hasFiles() && !dragboard.getFiles().isEmpty();
    }

    private void dragOver(DragEvent event) {
        if (acceptable(event.getDragboard())) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void dragEntered(DragEvent event) {
        boolean acceptable = acceptable(event.getDragboard());
        getStyleClass().removeAll(ACCEPTING, REFUSING);
        getStyleClass().add(acceptable ? ACCEPTING : REFUSING);
        text.setText(Messages.get(acceptable ? "upload.panel.drop.accept" : "upload.panel.drop.reject"));
        event.consume();
    }

    private void dropped(DragEvent event) {
        event.setDropCompleted(drop(event.getDragboard()));
        event.consume();
    }

    private void idle() {
        getStyleClass().removeAll(ACCEPTING, REFUSING);
        text.setText(Messages.get("upload.panel.drop"));
    }
}
