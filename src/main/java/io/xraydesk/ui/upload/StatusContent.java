package io.xraydesk.ui.upload;

import atlantafx.base.theme.Styles;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.store.UploadState;
import io.xraydesk.ui.widgets.LazyTooltip;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/**
 * A row's progress bar and status text, kept up to date with the queue and with the draft's
 * description. Only what differs is changed: progress steps change numbers, not styles.
 */
final class StatusContent implements CellContent {

    /** Two lines of status text: the row height stays even, the tooltip holds the rest. */
    private static final double MAX_STATUS_HEIGHT = 34;

    private final DocumentDateRule rule;
    private final ProgressBar bar = new ProgressBar(0);
    private final Label text = new Label();
    private final LazyTooltip tooltip = LazyTooltip.on(text);
    private final VBox box = new VBox(2, bar, text);
    private RowStatus.Tone tone;

    StatusContent(DocumentDateRule rule) {
        this.rule = rule;
        bar.setMaxWidth(Double.MAX_VALUE);
        text.setWrapText(true);
        text.setMaxHeight(MAX_STATUS_HEIGHT);
        box.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    public void show(UploadRow row, Labeled cell, List<Runnable> undo) {
        InvalidationListener refresh = obs -> refresh(row);
        for (Observable source : List.<Observable>of(row.statusProperty(), row.categoryProperty(),
                row.periodProperty(), row.dateProperty())) {
            source.addListener(refresh);
            undo.add(() -> source.removeListener(refresh));
        }
        refresh(row);
        cell.setGraphic(box);
    }

    private void refresh(UploadRow row) {
        RowStatus status = RowStatus.of(row, rule);
        text.setText(status.text());
        tooltip.setText(status.text());
        // Style classes only when the tone changes: each change makes the label's CSS be applied again.
        if (status.tone() != tone) {
            text.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.SUCCESS);
            if (status.tone().styleClass != null) {
                text.getStyleClass().add(status.tone().styleClass);
            }
            tone = status.tone();
        }
        UploadStatus queued = row.statusProperty().get();
        boolean withBar = row.isOnItsWay() || row.state() == UploadState.ONLINE;
        bar.setVisible(withBar);
        bar.setManaged(withBar);
        bar.setProgress(queued == null ? 0 : queued.percent() / 100.0);
    }
}
