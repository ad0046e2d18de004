package io.xraydesk.ui.report;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.TaskHandle;
import io.xraydesk.ui.concurrent.Work;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/**
 * One export at a time, off the UI thread: its progress bar and Cancel button shown while it runs, and
 * its outcome in words ("Saved to …", the failure, "Export cancelled") in a status label. The owner
 * places the three {@link #controls} in its own bar. Cancelling interrupts the export, which leaves no partial file.
 */
public final class ExportRun {

    private final BackgroundTasks tasks;
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button(Messages.get("report.export.cancel"));
    private final Label status = new Label();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private TaskHandle task;

    /** @param statusId the status label's id, which tests read the outcome from */
    public ExportRun(BackgroundTasks tasks, String statusId) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(running);
        progress.managedProperty().bind(running);
        cancel.getStyleClass().add("flat");
        cancel.setOnAction(event -> cancel());
        cancel.visibleProperty().bind(running);
        cancel.managedProperty().bind(running);
        status.setId(statusId);
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
    }

    /** Its status, progress bar and Cancel, in that order, for the owner's bar. */
    public List<Node> controls() {
        return List.of(status, progress, cancel);
    }

    /** True while an export runs: the owner disables its export controls. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Runs {@code export}, which writes the file and returns where; says the outcome when it ends. */
    public void start(String name, Work<Path> export) {
        running.set(true);
        status.setText(Messages.get("report.export.running"));
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        task = tasks.task(name, export).onProgress(progress::setProgress).onSuccess(path -> {
            running.set(false);
            status.setText(Messages.get("report.export.done", path.toString()));
        }).onFailure(failure -> {
            running.set(false);
            status.setText(Messages.get("report.export.failed", failure.getMessage() == null
                    ? failure.getClass().getSimpleName() : failure.getMessage()));
        }).start();
    }

    /** Says {@code text} in the status label, e.g. why an export cannot start. */
    public void say(String text) {
        status.setText(text);
    }

    public void cancel() {
        if (task != null) {
            task.cancel();
        }
        running.set(false);
        status.setText(Messages.get("report.export.cancelled"));
    }
}
