package io.xraydesk.ui.upload;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.UploadState;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;

/**
 * A row's one button, whose action depends on where the row is: remove a draft or a refused file,
 * cancel a file on its way, retry a failed one; none once online or cancelled. It is relabelled only
 * when the action changes, not at every progress step.
 */
final class ActionContent implements CellContent {

    /** What the row's button does. */
    interface Actions {
        void cancel(UploadRow row);

        void retry(UploadRow row);

        void remove(UploadRow row);
    }

    private enum RowAction {
        CANCEL("upload.panel.cancel"), RETRY("upload.panel.retry"), REMOVE("upload.panel.remove"), NONE(null);

        final String labelKey;

        RowAction(String labelKey) {
            this.labelKey = labelKey;
        }

        static RowAction of(UploadRow row) {
            // A queued row refused once its bytes were read (a duplicate) is removed like a refused draft.
            if (row.kindProperty().get() != UploadRow.Kind.QUEUED || row.state() == UploadState.REFUSED) {
                return REMOVE;
            }
            if (row.state() == UploadState.FAILED) {
                return RETRY;
            }
            return row.isOnItsWay() ? CANCEL : NONE;
        }
    }

    private final Button button = new Button();
    private UploadRow row;
    private RowAction action;

    ActionContent(Actions actions) {
        button.getStyleClass().add("small");
        button.setOnAction(event -> {
            switch (action) {
                case CANCEL -> actions.cancel(row);
                case RETRY -> actions.retry(row);
                case REMOVE -> actions.remove(row);
                case NONE -> { }
            }
        });
    }

    @Override
    public void show(UploadRow shown, Labeled cell, List<Runnable> undo) {
        row = shown;
        InvalidationListener refresh = obs -> refresh();
        shown.statusProperty().addListener(refresh);
        undo.add(() -> shown.statusProperty().removeListener(refresh));
        refresh();
        cell.setGraphic(button);
    }

    private void refresh() {
        RowAction now = RowAction.of(row);
        if (now != action) {
            action = now;
            button.setVisible(now != RowAction.NONE);
            button.setText(now.labelKey == null ? "" : Messages.get(now.labelKey));
        }
    }
}
