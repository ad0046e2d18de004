package io.xraydesk.ui.upload;

import atlantafx.base.theme.Styles;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.DocumentGuesser;
import io.xraydesk.core.documents.DocumentProblem;
import io.xraydesk.core.documents.FolderWalker;
import io.xraydesk.core.i18n.FailureWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.i18n.Problem;
import io.xraydesk.core.upload.EnqueueResult;
import io.xraydesk.core.upload.FileCheck;
import io.xraydesk.core.upload.OverallProgress;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.core.upload.UploadText;
import io.xraydesk.store.UploadState;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.UiExecutor;
import io.xraydesk.ui.shell.ScreenPart;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The documents of one request: add files (drop of files and folders, Browse…, paste), describe them
 * (category, period, date; several at once), send them, and follow each file to {@code online}. The
 * {@link UploadQueue} owns the uploads; this panel holds only the drafts not sent yet and mirrors
 * the queue for the rest, so it can be closed and reopened at any time without losing anything.
 */
public final class UploadPanel extends VBox implements ScreenPart {

    static final String STYLESHEET = Objects.requireNonNull(
            UploadPanel.class.getResource("/io/xraydesk/ui/upload/upload.css")).toExternalForm();
    private static final double ROW_HEIGHT = 52;
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    private final UploadQueue queue;
    private final String requestId;
    private final BackgroundTasks tasks;
    private final DocumentDateRule dateRule;
    private final QueueObserver observer;
    private final ObservableList<UploadRow> rows = FXCollections.observableArrayList();
    /** Latest status per file of this request, also for files whose row is still waiting for its id. */
    private final Map<UUID, UploadStatus> latest = new HashMap<>();
    /** Files queued elsewhere, shown a few rows per frame (see {@link RowPacer}). */
    private final RowPacer pacer = new RowPacer(rows);
    private final TableView<UploadRow> table = new TableView<>(rows);
    private final DropZone dropZone = new DropZone(this::addFiles);
    private final BulkEditor bulkEditor;
    private final Button uploadButton = new Button(Messages.get("upload.panel.start"));
    private final Button cancelAllButton = new Button(Messages.get("upload.panel.cancelAll"));
    private final ProgressBar overallBar = new ProgressBar(0);
    private final Label overallText = new Label(Messages.get("upload.panel.overall.idle"));
    private final Label notice = new Label();

    /** @param ui where the queue's events are handed to the UI thread (the task executor's, in the application) */
    public UploadPanel(UploadQueue queue, String requestId, BackgroundTasks tasks, UiExecutor ui, Clock clock) {
        super(8);
        this.queue = Objects.requireNonNull(queue, "queue");
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.dateRule = new DocumentDateRule(clock);
        this.observer = new QueueObserver(requestId, ui, new QueueObserver.Sink() {
            @Override
            public void statuses(Iterable<UploadStatus> statuses, OverallProgress overall) {
                show(statuses);
                showOverall(overall);
            }

            @Override
            public void halted() {
                showNotice(Messages.get("upload.panel.halted"), "upload-halted");
            }
        });
        this.bulkEditor = new BulkEditor(clock, () -> List.copyOf(table.getSelectionModel().getSelectedItems()));
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("upload-panel");
        setPadding(new Insets(8));
        HBox toolbar = toolbar();
        getChildren().addAll(dropZone, toolbar, notice, table, overallRow());
        VBox.setVgrow(table, Priority.ALWAYS);
        // Short of height, only the table gives some up (its rows scroll); the rest keeps its size.
        for (Region fixed : new Region[] {dropZone, toolbar, notice, overallBar, overallText}) {
            fixed.setMinHeight(Region.USE_PREF_SIZE);
        }
        configureTable(clock);
        notice.setWrapText(true);
        notice.managedProperty().bind(notice.visibleProperty());
        notice.setVisible(false);
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (PASTE.match(event) && pasteFromClipboard()) {
                event.consume();
            }
        });
    }

    @Override
    public Node view() {
        return this;
    }

    /** Its request page was shown (the panel follows the page's lifecycle): observe the queue. */
    @Override
    public void activate() {
        queue.addListener(observer);
        loadQueued();
    }

    /** The page left the window: a closed request page leaves no listener behind. */
    @Override
    public void deactivate() {
        queue.removeListener(observer);
    }

    /** Adds files and folders (walked, hidden and system files skipped) as rows, checked in the background. */
    public void addFiles(List<File> dropped) {
        List<Path> paths = dropped.stream().map(File::toPath).toList();
        tasks.task("expand dropped files", progress -> new FolderWalker().expand(paths))
                .onSuccess(expansion -> {
                    expansion.files().forEach(this::addRow);
                    showNotices(expansion.notices());
                })
                .start();
    }

    /** Takes a drop's files and folders; false (and nothing added) when it holds none. */
    public boolean acceptDrop(Dragboard dragboard) {
        return dropZone.drop(dragboard);
    }

    /** Adds the files copied in the file manager; false when the clipboard holds none. */
    public boolean pasteFromClipboard() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (!clipboard.hasFiles() || clipboard.getFiles().isEmpty()) {
            return false;
        }
        addFiles(List.copyOf(clipboard.getFiles()));
        return true;
    }

    /** Opens the file chooser (several files at once). */
    public void browse() {
        List<File> chosen = DocumentChooser.choose(getScene() == null ? null : getScene().getWindow());
        if (!chosen.isEmpty()) {
            addFiles(chosen);
        }
    }

    /** Queues every draft whose description is valid; the others stay, saying what to fix. */
    public void uploadDrafts() {
        for (UploadRow row : List.copyOf(rows)) {
            if (row.kindProperty().get() != UploadRow.Kind.DRAFT
                    || !RowStatus.descriptionIssues(row, dateRule).isEmpty()) {
                continue;
            }
            row.kindProperty().set(UploadRow.Kind.CHECKING);
            tasks.task("queue " + row.name(), progress -> queue.enqueue(requestId, row.path(), row.description()))
                    .onSuccess(result -> queued(row, result))
                    .onFailure(failure -> row.refused(List.of(FailureWords.of(failure))))
                    .start();
        }
    }

    /** Withdraws every unfinished file of the request. */
    public void cancelAll() {
        tasks.task("cancel uploads", progress -> queue.cancelAll(requestId)).start();
    }

    ObservableList<UploadRow> rows() {
        return rows;
    }

    TableView<UploadRow> table() {
        return table;
    }

    BulkEditor bulkEditor() {
        return bulkEditor;
    }

    DropZone dropZone() {
        return dropZone;
    }

    Label overallText() {
        return overallText;
    }

    ProgressBar overallBar() {
        return overallBar;
    }

    Button cancelAllButton() {
        return cancelAllButton;
    }

    private HBox toolbar() {
        Button browse = new Button(Messages.get("upload.panel.browse"));
        browse.setOnAction(event -> browse());
        uploadButton.getStyleClass().add("accent");
        uploadButton.setOnAction(event -> uploadDrafts());
        uploadButton.setDisable(true);
        cancelAllButton.setOnAction(event -> cancelAll());
        cancelAllButton.setDisable(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, browse, uploadButton, cancelAllButton, spacer, bulkEditor);
        bar.setFillHeight(false);
        return bar;
    }

    private VBox overallRow() {
        overallBar.setMaxWidth(Double.MAX_VALUE);
        overallText.getStyleClass().add("upload-overall-text");
        return new VBox(2, overallBar, overallText);
    }

    private void configureTable(Clock clock) {
        UploadColumns columns = new UploadColumns(clock, new ActionContent.Actions() {
            @Override
            public void cancel(UploadRow row) {
                UUID id = row.id();
                tasks.task("cancel upload", progress -> queue.cancel(id)).start();
            }

            @Override
            public void retry(UploadRow row) {
                UUID id = row.id();
                tasks.task("retry upload", progress -> queue.retry(id)).start();
            }

            @Override
            public void remove(UploadRow row) {
                rows.remove(row);
            }
        });
        table.getColumns().setAll(columns.all());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Even rows: a long refusal wraps onto a second line and the tooltip holds the rest.
        table.setFixedCellSize(ROW_HEIGHT);
        table.setMinHeight(ROW_HEIGHT * 3);
        table.setPlaceholder(new Label(Messages.get("upload.panel.drop")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ListChangeListener<UploadRow> selection = change -> bulkEditor.selectionChanged(
                List.copyOf(table.getSelectionModel().getSelectedItems()));
        table.getSelectionModel().getSelectedItems().addListener(selection);
        bulkEditor.selectionChanged(List.of());
        rows.addListener((ListChangeListener<UploadRow>) change -> refreshUploadButton());
    }

    private void addRow(Path file) {
        boolean already = rows.stream().anyMatch(row -> row.path().equals(file)
                && row.kindProperty().get() != UploadRow.Kind.REFUSED && row.state() != UploadState.CANCELLED);
        if (already) {
            return;
        }
        UploadRow row = UploadRow.draft(file, DocumentGuesser.guess(String.valueOf(file.getFileName())));
        row.kindProperty().addListener((obs, old, now) -> refreshUploadButton());
        rows.add(row);
        tasks.task("check " + row.name(), progress -> queue.check(requestId, file))
                .onSuccess(check -> checked(row, check))
                .onFailure(failure -> row.refused(List.of(FailureWords.of(failure))))
                .start();
    }

    private void checked(UploadRow row, FileCheck check) {
        List<String> refusals = check.refusals();
        String sha = check.report().sha256();
        if (refusals.isEmpty() && sha != null) {
            // Two drafts with the same bytes: the journal does not know them yet, the panel does.
            rows.stream().filter(other -> other != row && sha.equals(other.sha256())
                            && other.kindProperty().get() != UploadRow.Kind.REFUSED
                            && other.state() != UploadState.CANCELLED)
                    .findFirst()
                    .ifPresent(other -> row.refused(List.of(Messages.get("upload.duplicate", row.name(), other.name(),
                            Messages.get("upload.panel.ready")))));
            if (row.kindProperty().get() == UploadRow.Kind.REFUSED) {
                return;
            }
        }
        row.checked(check.report().size(), FileTypes.label(check.report().contentType()), sha, refusals,
                check.warnings());
    }

    private void queued(UploadRow row, EnqueueResult result) {
        if (!result.isQueued()) {
            row.refused(result.refusals());
            return;
        }
        UploadStatus status = result.queued();
        row.queuedAs(latest.getOrDefault(status.id(), status));
        refreshCancelAll();
    }

    private void loadQueued() {
        tasks.task("load uploads", progress -> queue.statuses(requestId))
                .onSuccess(this::show)
                .start();
    }

    /**
     * Statuses from the queue: each updates its row, or adds one for a file queued elsewhere (the
     * command line, an earlier run). New rows are added in one change, so the table lays out once.
     */
    private void show(Iterable<UploadStatus> statuses) {
        Map<UUID, UploadRow> byId = new HashMap<>();
        for (UploadRow row : pacer.allRows()) {
            if (row.id() != null) {
                byId.put(row.id(), row);
            }
        }
        List<UploadRow> added = new ArrayList<>();
        for (UploadStatus status : statuses) {
            latest.put(status.id(), status);
            UploadRow row = byId.get(status.id());
            if (row != null) {
                row.update(status);
            } else if (status.state() != UploadState.CANCELLED && !isBeingQueuedHere(status)) {
                UploadRow queued = UploadRow.queued(status);
                byId.put(status.id(), queued);
                added.add(queued);
            }
        }
        pacer.add(added);
        refreshCancelAll();
    }

    /** A draft of this panel whose enqueue has not answered yet: its row takes the status then. */
    private boolean isBeingQueuedHere(UploadStatus status) {
        return rows.stream().anyMatch(row -> row.id() == null
                && row.path().toString().equals(status.item().filePath())
                && row.kindProperty().get() == UploadRow.Kind.CHECKING);
    }

    private void showOverall(OverallProgress overall) {
        overallBar.setProgress(overall.fraction());
        if (overall.bytesTotal() == 0) {
            overallText.setText(Messages.get("upload.panel.overall.idle"));
        } else if (overall.filesLeft() == 0) {
            overallText.setText(Messages.get("upload.panel.overall.done", UploadText.size(overall.bytesDone()),
                    UploadText.size(overall.bytesTotal())));
        } else {
            overallText.setText(Messages.get("upload.panel.overall", UploadText.size(overall.bytesDone()),
                    UploadText.size(overall.bytesTotal()), (int) Math.round(overall.fraction() * 100),
                    UploadText.size((long) overall.bytesPerSecond()),
                    overall.eta().map(UploadText::duration).orElse("…")));
        }
    }

    private void showNotices(List<Problem<DocumentProblem>> notices) {
        if (notices.isEmpty()) {
            return;
        }
        showNotice(Messages.get("upload.panel.notices",
                notices.stream().map(Problem::message).collect(Collectors.joining(" "))), Styles.WARNING);
    }

    /** One line above the table, in the given style, for what concerns the panel as a whole. */
    private void showNotice(String text, String style) {
        notice.setText(text);
        notice.getStyleClass().setAll("label", style);
        notice.setVisible(true);
    }

    private void refreshCancelAll() {
        cancelAllButton.setDisable(pacer.allRows().stream().noneMatch(UploadRow::isOnItsWay));
    }

    private void refreshUploadButton() {
        uploadButton.setDisable(rows.stream().noneMatch(row -> row.kindProperty().get() == UploadRow.Kind.DRAFT));
    }
}
