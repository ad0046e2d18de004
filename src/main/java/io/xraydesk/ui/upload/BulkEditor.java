package io.xraydesk.ui.upload;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.core.i18n.Messages;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.layout.HBox;

/**
 * Describes several drafts at once: the category, period and date chosen here go to every selected
 * row that can still be edited. A field left empty leaves the rows' own value alone.
 */
final class BulkEditor extends HBox {

    private final ComboBox<DocumentCategory> category = DescriptionControls.category();
    private final ComboBox<Period> period = DescriptionControls.period();
    private final DatePicker date;
    private final Button apply = new Button(Messages.get("upload.panel.apply"));

    BulkEditor(Clock clock, Supplier<List<UploadRow>> selection) {
        super(6);
        date = DescriptionControls.date(clock);
        category.setPromptText(Messages.get("upload.panel.column.category"));
        category.setPrefWidth(180);
        period.setPrefWidth(120);
        period.setPromptText(Messages.get("upload.panel.column.period"));
        date.setPrefWidth(130);
        date.setPromptText(Messages.get("upload.panel.column.date"));
        DescriptionControls.offerPeriodsOf(period, null);
        category.valueProperty().addListener((obs, old, now) -> DescriptionControls.offerPeriodsOf(period, now));
        apply.setOnAction(event -> applyTo(selection.get()));
        getChildren().addAll(category, period, date, apply);
    }

    /** Enables the bar when at least one selected row is editable. */
    void selectionChanged(List<UploadRow> selected) {
        setDisable(selected.stream().noneMatch(UploadRow::isEditable));
    }

    void applyTo(List<UploadRow> rows) {
        for (UploadRow row : rows) {
            if (!row.isEditable()) {
                continue;
            }
            if (category.getValue() != null) {
                row.categoryProperty().set(category.getValue());
            }
            if (period.getValue() != null && row.categoryProperty().get().accepts(period.getValue())) {
                row.periodProperty().set(period.getValue());
            }
            if (date.getValue() != null) {
                row.dateProperty().set(date.getValue());
            }
        }
    }

    ComboBox<DocumentCategory> categoryBox() {
        return category;
    }

    ComboBox<Period> periodBox() {
        return period;
    }

    DatePicker datePicker() {
        return date;
    }
}
