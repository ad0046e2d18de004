package io.xraydesk.ui.upload;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.core.documents.DocumentDateFormat;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.DocumentWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.widgets.ChoiceText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * The category, period and date controls, shared by the rows and the "apply to selected" bar: the
 * period offers only what the category accepts (nothing for {@code other}); the date is shown in the
 * UI language's format and its calendar refuses days in the future and before 1900.
 */
final class DescriptionControls {

    private static DocumentDateFormat dateFormat;
    private static Locale dateFormatLocale;

    private DescriptionControls() {
    }

    static ComboBox<DocumentCategory> category() {
        ComboBox<DocumentCategory> box = new ComboBox<>(FXCollections.observableArrayList(DocumentCategory.values()));
        box.setConverter(ChoiceText.of(DescriptionControls::categoryText));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A period box whose choices follow {@code category} (null: no choice). */
    static ComboBox<Period> period() {
        ComboBox<Period> box = new ComboBox<>();
        box.setPromptText(Messages.get("documents.period.none"));
        box.setConverter(ChoiceText.of(DescriptionControls::periodText));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** Shows the choices {@code category} allows; keeps the value only if it is one of them. */
    static void offerPeriodsOf(ComboBox<Period> box, DocumentCategory category) {
        Period kept = box.getValue();
        if (category == null || category.allowedPeriods().isEmpty()) {
            box.getItems().clear();
            box.setDisable(true);
            return;
        }
        box.getItems().setAll(category.allowedPeriods());
        box.setDisable(false);
        box.setValue(category.accepts(kept) ? kept : null);
    }

    static DatePicker date(Clock clock) {
        DatePicker picker = new DatePicker();
        DocumentDateFormat format = dateFormat();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return dateText(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                return format.parse(text).orElse(picker.getValue()); // a typing slip keeps the previous date
            }
        });
        picker.setDayCellFactory(view -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setDisable(empty || day.isAfter(LocalDate.now(clock)) || day.isBefore(DocumentDateRule.EARLIEST));
            }
        });
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    static String categoryText(DocumentCategory category) {
        return DocumentWords.category(category);
    }

    static String periodText(Period period) {
        return DocumentWords.period(period);
    }

    static String dateText(LocalDate date) {
        return dateFormat().format(date);
    }

    /** The format of the UI language, made again only when the language changes (FX thread only). */
    private static DocumentDateFormat dateFormat() {
        Locale language = Messages.locale();
        if (!language.equals(dateFormatLocale)) {
            dateFormat = new DocumentDateFormat(language);
            dateFormatLocale = language;
        }
        return dateFormat;
    }
}
