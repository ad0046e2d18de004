package io.xraydesk.ui.upload;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.upload.UploadStatus;
import io.xraydesk.core.upload.UploadText;
import io.xraydesk.store.UploadState;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The columns of the panel's table: what each shows, and the editors of a draft's description. */
final class UploadColumns {

    /** What the action buttons of a row do. */
    interface Actions {
        void cancel(UploadRow row);

        void retry(UploadRow row);

        void remove(UploadRow row);
    }

    /** Two lines of status text: the row height stays even, the tooltip holds the rest. */
    private static final double MAX_STATUS_HEIGHT = 34;

    private final DocumentDateRule rule;
    private final Clock clock;
    private final Actions actions;

    UploadColumns(Clock clock, Actions actions) {
        this.clock = clock;
        this.rule = new DocumentDateRule(clock);
        this.actions = actions;
    }

    List<TableColumn<UploadRow, UploadRow>> all() {
        return List.of(
                column("upload.panel.column.name", 190, this::name),
                column("upload.panel.column.size", 80, (row, undo) -> checkedText(row, undo,
                        () -> row.size() == 0 ? "" : UploadText.size(row.size()))),
                column("upload.panel.column.type", 60, (row, undo) -> checkedText(row, undo, row::type)),
                column("upload.panel.column.category", 170, this::category),
                column("upload.panel.column.period", 110, this::period),
                column("upload.panel.column.date", 130, this::date),
                column("upload.panel.column.status", 300, this::status),
                column(null, 110, this::buttons));
    }

    private TableColumn<UploadRow, UploadRow> column(String titleKey, double width, Cell content) {
        TableColumn<UploadRow, UploadRow> column = new TableColumn<>(titleKey == null ? "" : Messages.get(titleKey));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(c -> new BoundCell() {
            @Override
            protected Node bind(UploadRow row, List<Runnable> undo) {
                return content.render(row, undo);
            }
        });
        return column;
    }

    @FunctionalInterface
    private interface Cell {
        Node render(UploadRow row, List<Runnable> undo);
    }

    private Node name(UploadRow row, List<Runnable> undo) {
        Label label = new Label(row.name());
        label.setTooltip(new Tooltip(row.path().toString()));
        return label;
    }

    /** A figure known once the file was checked: refreshed when the row's kind changes. */
    private static Node checkedText(UploadRow row, List<Runnable> undo, Supplier<String> text) {
        Label label = new Label();
        InvalidationListener refresh = obs -> label.setText(text.get());
        listen(row.kindProperty(), refresh, undo);
        refresh.invalidated(null);
        return label;
    }

    private Node category(UploadRow row, List<Runnable> undo) {
        ComboBox<DocumentCategory> box = DescriptionControls.category();
        box.valueProperty().bindBidirectional(row.categoryProperty());
        undo.add(() -> box.valueProperty().unbindBidirectional(row.categoryProperty()));
        editableWhileDraft(box, row, undo);
        return box;
    }

    private Node period(UploadRow row, List<Runnable> undo) {
        ComboBox<Period> box = DescriptionControls.period();
        DescriptionControls.offerPeriodsOf(box, row.categoryProperty().get());
        box.setValue(row.periodProperty().get());
        box.valueProperty().bindBidirectional(row.periodProperty());
        undo.add(() -> box.valueProperty().unbindBidirectional(row.periodProperty()));
        InvalidationListener follow = obs -> {
            DescriptionControls.offerPeriodsOf(box, row.categoryProperty().get());
            box.setDisable(box.isDisable() || !row.isEditable());
            box.setVisible(row.kindProperty().get() != UploadRow.Kind.REFUSED);
        };
        listen(row.categoryProperty(), follow, undo);
        listen(row.kindProperty(), follow, undo);
        follow.invalidated(null);
        return box;
    }

    private Node date(UploadRow row, List<Runnable> undo) {
        DatePicker picker = DescriptionControls.date(clock);
        picker.valueProperty().bindBidirectional(row.dateProperty());
        undo.add(() -> picker.valueProperty().unbindBidirectional(row.dateProperty()));
        editableWhileDraft(picker, row, undo);
        return picker;
    }

    private Node status(UploadRow row, List<Runnable> undo) {
        ProgressBar bar = new ProgressBar(0);
        bar.setMaxWidth(Double.MAX_VALUE);
        Label text = new Label();
        text.setWrapText(true);
        text.setMaxHeight(MAX_STATUS_HEIGHT);
        Tooltip tooltip = new Tooltip();
        text.setTooltip(tooltip);
        VBox box = new VBox(2, bar, text);
        box.setAlignment(Pos.CENTER_LEFT);
        InvalidationListener refresh = obs -> {
            RowStatus status = RowStatus.of(row, rule);
            text.setText(status.text());
            tooltip.setText(status.text());
            text.getStyleClass().removeAll("upload-refused", "upload-warning", "upload-online");
            if (status.tone().styleClass != null) {
                text.getStyleClass().add(status.tone().styleClass);
            }
            UploadStatus queued = row.statusProperty().get();
            boolean transferring = queued != null && !queued.state().isFinal() && queued.state() != UploadState.FAILED;
            boolean online = queued != null && queued.state() == UploadState.ONLINE;
            bar.setVisible(transferring || online);
            bar.setManaged(transferring || online);
            bar.setProgress(queued == null ? 0 : queued.percent() / 100.0);
        };
        for (Observable source : List.<Observable>of(row.kindProperty(), row.statusProperty(), row.categoryProperty(),
                row.periodProperty(), row.dateProperty())) {
            listen(source, refresh, undo);
        }
        refresh.invalidated(null);
        return box;
    }

    private Node buttons(UploadRow row, List<Runnable> undo) {
        Button cancel = button("upload.panel.cancel", actions::cancel, row);
        Button retry = button("upload.panel.retry", actions::retry, row);
        Button remove = button("upload.panel.remove", actions::remove, row);
        HBox box = new HBox(4, cancel, retry, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        InvalidationListener refresh = obs -> {
            UploadState state = row.state();
            boolean queued = row.kindProperty().get() == UploadRow.Kind.QUEUED;
            show(cancel, queued && state != null && !state.isFinal() && state != UploadState.FAILED);
            show(retry, queued && state == UploadState.FAILED);
            show(remove, !queued);
        };
        listen(row.kindProperty(), refresh, undo);
        listen(row.statusProperty(), refresh, undo);
        refresh.invalidated(null);
        return box;
    }

    private static Button button(String key, Consumer<UploadRow> action, UploadRow row) {
        Button button = new Button(Messages.get(key));
        button.getStyleClass().add("small");
        button.setOnAction(event -> action.accept(row));
        return button;
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /** Editable while a draft; hidden on a refused row, whose description no longer matters. */
    private static void editableWhileDraft(Node control, UploadRow row, List<Runnable> undo) {
        InvalidationListener refresh = obs -> {
            control.setDisable(!row.isEditable());
            control.setVisible(row.kindProperty().get() != UploadRow.Kind.REFUSED);
        };
        listen(row.kindProperty(), refresh, undo);
        refresh.invalidated(null);
    }

    private static void listen(Observable source, InvalidationListener listener, List<Runnable> undo) {
        source.addListener(listener);
        undo.add(() -> source.removeListener(listener));
    }
}
