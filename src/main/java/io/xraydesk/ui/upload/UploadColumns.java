package io.xraydesk.ui.upload;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.upload.UploadText;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;

/** The columns of the panel's table: what each shows, and the editors of a draft's description. */
final class UploadColumns {

    private final DocumentDateRule rule;
    private final Clock clock;
    private final ActionContent.Actions actions;

    UploadColumns(Clock clock, ActionContent.Actions actions) {
        this.clock = clock;
        this.rule = new DocumentDateRule(clock);
        this.actions = actions;
    }

    List<TableColumn<UploadRow, UploadRow>> all() {
        return List.of(
                column("upload.panel.column.name", 190,
                        () -> new TextContent(UploadRow::name, row -> row.path().toString())),
                // Size and type are known once the file was checked; the cell is shown again then.
                column("upload.panel.column.size", 80,
                        () -> new TextContent(row -> row.size() == 0 ? "" : UploadText.size(row.size()))),
                column("upload.panel.column.type", 60, () -> new TextContent(UploadRow::type)),
                column("upload.panel.column.category", 170, () -> new DescriptionContent(this::categoryEditor,
                        row -> DescriptionControls.categoryText(row.categoryProperty().get()))),
                column("upload.panel.column.period", 110, () -> new DescriptionContent(this::periodEditor,
                        row -> DescriptionControls.periodText(row.periodProperty().get()))),
                column("upload.panel.column.date", 130, () -> new DescriptionContent(this::dateEditor,
                        row -> DescriptionControls.dateText(row.dateProperty().get()))),
                column("upload.panel.column.status", 300, () -> new StatusContent(rule)),
                column(null, 110, () -> new ActionContent(actions)));
    }

    private static TableColumn<UploadRow, UploadRow> column(String titleKey, double width,
            Supplier<CellContent> content) {
        TableColumn<UploadRow, UploadRow> column = new TableColumn<>(titleKey == null ? "" : Messages.get(titleKey));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(c -> new BoundCell(content.get()));
        return column;
    }

    private void categoryEditor(UploadRow row, Labeled cell, List<Runnable> undo) {
        ComboBox<DocumentCategory> box = DescriptionControls.category();
        box.valueProperty().bindBidirectional(row.categoryProperty());
        undo.add(() -> box.valueProperty().unbindBidirectional(row.categoryProperty()));
        cell.setGraphic(box);
    }

    private void periodEditor(UploadRow row, Labeled cell, List<Runnable> undo) {
        ComboBox<Period> box = DescriptionControls.period();
        DescriptionControls.offerPeriodsOf(box, row.categoryProperty().get());
        box.setValue(row.periodProperty().get());
        box.valueProperty().bindBidirectional(row.periodProperty());
        undo.add(() -> box.valueProperty().unbindBidirectional(row.periodProperty()));
        InvalidationListener follow = obs -> DescriptionControls.offerPeriodsOf(box, row.categoryProperty().get());
        row.categoryProperty().addListener(follow);
        undo.add(() -> row.categoryProperty().removeListener(follow));
        cell.setGraphic(box);
    }

    private void dateEditor(UploadRow row, Labeled cell, List<Runnable> undo) {
        DatePicker picker = DescriptionControls.date(clock);
        picker.valueProperty().bindBidirectional(row.dateProperty());
        undo.add(() -> picker.valueProperty().unbindBidirectional(row.dateProperty()));
        cell.setGraphic(picker);
    }
}
