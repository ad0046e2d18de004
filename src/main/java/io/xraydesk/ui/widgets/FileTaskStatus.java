package io.xraydesk.ui.widgets;

import io.xraydesk.core.i18n.FailureWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.TaskHandle;
import io.xraydesk.ui.concurrent.Work;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * What becomes of an action that writes a file in the background (an export, a credit memo): while
 * it runs, its words, a progress bar and Cancel; once saved, "Saved to …" with Open and Show in
 * folder ({@link SavedFileLinks}); else why it failed or that it was cancelled. The progress bar, Cancel
 * and the links are made when first needed: hidden controls still get their skins and styles in the
 * screen's first frame (docs/portfolio.md, Speed), and most screens are shown without any file written.
 */
public final class FileTaskStatus {

    private final BackgroundTasks tasks;
    private final String cancelledText;
    private final String statusId;
    private final Label status = new Label();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final HBox view;
    private TaskHandle task;
    /** Made with the first task started; null until then. */
    private ProgressBar progress;
    /** Made with the first file saved; null until then. */
    private SavedFileLinks links;

    /**
     * @param statusId      the id of the words, for tests and screen readers' tools
     * @param cancelledText what is said once the analyst cancelled
     */
    public FileTaskStatus(BackgroundTasks tasks, String statusId, String cancelledText) {
        this.tasks = tasks;
        this.cancelledText = cancelledText;
        this.statusId = statusId;
        status.setId(statusId);
        status.getStyleClass().add("text-muted");
        status.setWrapText(true);
        view = new HBox(8, status);
        view.setAlignment(Pos.CENTER_RIGHT);
        // Nothing to say, no room taken: a line of its own under a header stays closed until then.
        view.visibleProperty().bind(status.textProperty().isNotEmpty().or(running));
        view.managedProperty().bind(view.visibleProperty());
    }

    public Node view() {
        return view;
    }

    /** True from {@link #started} until the task ends or is cancelled: the action's button waits. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The task began: {@code text} says what it does; Cancel stops {@code handle}. */
    public void started(String text, TaskHandle handle) {
        task = handle;
        hideLinks();
        progressParts();
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        status.setText(text);
        running.set(true);
    }

    /**
     * Runs an export in the background: {@code export} writes the file and returns where; its
     * progress, then "Saved to …" or why it failed, are shown here.
     */
    public void export(String name, Work<Path> export) {
        TaskHandle running = tasks.task(name, export).onProgress(this::progress).onSuccess(this::saved)
                .onFailure(failure -> failed(Messages.get("report.export.failed", FailureWords.of(failure)))).start();
        started(Messages.get("report.export.running"), running);
    }

    /** A fraction in [0, 1], or -1 when the total is unknown. */
    public void progress(double fraction) {
        progressParts();
        progress.setProgress(fraction);
    }

    public void saved(Path file) {
        running.set(false);
        status.setText(Messages.get("report.export.done", file.toString()));
        if (links == null) {
            links = new SavedFileLinks(tasks, status::setText);
            view.getChildren().add(1, links.view());
        }
        links.show(file);
    }

    public void failed(String text) {
        running.set(false);
        status.setText(text);
    }

    /** Words with no task running: why the action cannot start, say. */
    public void say(String text) {
        hideLinks();
        status.setText(text);
    }

    /** The progress bar and Cancel, shown while a task runs, made the first time one starts. */
    private void progressParts() {
        if (progress != null) {
            return;
        }
        progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(110);
        Button cancel = new Button(Messages.get("report.export.cancel"));
        cancel.getStyleClass().add("flat");
        cancel.setId(statusId + "-cancel");
        cancel.setOnAction(event -> cancel());
        progress.visibleProperty().bind(running);
        progress.managedProperty().bind(running);
        cancel.visibleProperty().bind(running);
        cancel.managedProperty().bind(running);
        view.getChildren().addAll(progress, cancel);
    }

    private void hideLinks() {
        if (links != null) {
            links.show(null);
        }
    }

    private void cancel() {
        if (task != null) {
            task.cancel();
        }
        running.set(false);
        status.setText(cancelledText);
    }
}
