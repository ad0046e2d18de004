package io.xraydesk.ui.dashboard;

import io.xraydesk.api.model.Source;
import io.xraydesk.core.documents.DocumentDateFormat;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.XRayWords;
import io.xraydesk.store.ImportBatch;
import io.xraydesk.ui.widgets.ChoiceText;
import io.xraydesk.ui.widgets.RequestLabels;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

/**
 * The second line of the requests list's filters: the grade range of one X-Ray, the last update's days,
 * the import batch, and Clear. Each control writes one {@link RowFilter} part of the {@link DashboardModel};
 * a further part's controls are added with {@link #add}. A date typed wrongly is kept in its field, marked,
 * and explained in its tooltip; the filter keeps its previous day.
 */
final class FilterBar extends FlowPane {

    private final DocumentDateFormat dates = new DocumentDateFormat(Messages.locale());

    FilterBar(DashboardModel model) {
        super(8, 6);
        setId("dashboard-filters");
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(gradeRange(model.gradeRange()));
        getChildren().addAll(new Label(Messages.get("dashboard.filter.updated.from")),
                datePicker("dashboard-updated-from", model.updateRange().from()),
                new Label(Messages.get("dashboard.filter.updated.to")),
                datePicker("dashboard-updated-to", model.updateRange().to()));
        getChildren().add(batchChoice(model.batch()));
        Button clear = new Button(Messages.get("dashboard.filter.clear"));
        clear.setId("dashboard-clear-filters");
        clear.getStyleClass().add("flat");
        clear.setOnAction(event -> model.clearFilters());
        getChildren().add(clear);
    }

    /** Adds the controls of a further filter part before Clear. */
    void add(javafx.scene.Node... controls) {
        getChildren().addAll(getChildren().size() - 1, java.util.List.of(controls));
    }

    private static javafx.scene.Node[] gradeRange(GradeRangeFilter filter) {
        ComboBox<Source> source = new ComboBox<>();
        source.setId("dashboard-grade-source");
        source.getItems().setAll(GradeRangeFilter.GRADED);
        source.setConverter(ChoiceText.of(value -> value == null ? "" : XRayWords.shortName(value)));
        source.valueProperty().bindBidirectional(filter.source());
        return new javafx.scene.Node[] {new Label(Messages.get("dashboard.filter.grade.source")), source,
            grade("dashboard-grade-best", "dashboard.filter.grade.best", filter.best()),
            grade("dashboard-grade-worst", "dashboard.filter.grade.worst", filter.worst())};
    }

    /** "best: any", "best: B"…: null is no bound. */
    private static ComboBox<String> grade(String id, String key, ObjectProperty<String> bound) {
        ComboBox<String> grade = new ComboBox<>();
        grade.setId(id);
        grade.getItems().add(null);
        grade.getItems().addAll(GradeRangeFilter.GRADES);
        StringConverter<String> text = ChoiceText.of(value -> Messages.get(key,
                value == null ? Messages.get("dashboard.filter.grade.any") : value));
        grade.setConverter(text);
        grade.setButtonCell(ChoiceText.buttonCell(text));
        grade.valueProperty().bindBidirectional(bound);
        return grade;
    }

    private DatePicker datePicker(String id, ObjectProperty<LocalDate> day) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(125);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : dates.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    valid(picker, true);
                    return null;
                }
                LocalDate parsed = dates.parse(text).orElse(null);
                valid(picker, parsed != null);
                // A typing slip keeps the previous day: the text typed stays in the field to be corrected.
                return parsed != null ? parsed : picker.getValue();
            }
        });
        picker.valueProperty().bindBidirectional(day);
        return picker;
    }

    private void valid(DatePicker picker, boolean valid) {
        picker.getStyleClass().remove("state-danger");
        picker.setTooltip(null);
        if (!valid) {
            picker.getStyleClass().add("state-danger");
            picker.setTooltip(new Tooltip(Messages.get("dashboard.filter.date.invalid", dates.format(LocalDate.now()))));
        }
    }

    private static ComboBox<ImportBatch> batchChoice(BatchFilter filter) {
        ComboBox<ImportBatch> batch = new ComboBox<>();
        batch.setId("dashboard-batch");
        // A list's name can be long: the closed box keeps the bar on one line, the open list shows it whole.
        batch.setPrefWidth(200);
        ChoiceText.followChoices(batch, filter.batches());
        StringConverter<ImportBatch> text = ChoiceText.of(value -> value == null
                ? Messages.get("dashboard.filter.batch.all")
                : Messages.get("dashboard.filter.batch.item", Path.of(value.listFile()).getFileName(),
                        RequestLabels.dateTime(value.createdAt())));
        batch.setConverter(text);
        batch.setButtonCell(ChoiceText.buttonCell(text));
        batch.valueProperty().bindBidirectional(filter.batch());
        return batch;
    }
}
