package io.xraydesk.ui.newrequest;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.notes.AmountFormatter;
import io.xraydesk.core.notes.NoteField;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The collapsed "financial notes" section: holding as a not given / yes / no choice, the other
 * fields as text read by the shared notes rules in the UI language (so {@code 1 234,50} in French).
 */
final class NotesSection {

    /** The texts {@code NotesForm} reads as not given, yes and no. */
    private static final List<String> HOLDING_ANSWERS = List.of("", "yes", "no");
    private static final BigDecimal EXAMPLE_AMOUNT = new BigDecimal("1234567.89");

    private final TitledPane pane;
    private final Map<NoteField, Control> fields = new EnumMap<>(NoteField.class);

    NotesSection(NewRequestModel model, Locale locale) {
        GridPane grid = FieldRow.grid();
        for (NoteField field : NoteField.values()) {
            Control control = field == NoteField.HOLDING ? holdingChoice(model) : amountField(model, field);
            control.setId("note-" + field.wire());
            fields.put(field, control);
            FieldRow.add(grid, Messages.get(field.labelKey()), control, control,
                    FieldRow.problemLine(control, model.problemProperty(FormField.of(field))));
        }
        Label hint = new Label(Messages.get("request.new.notes.hint",
                new AmountFormatter(locale).format(EXAMPLE_AMOUNT)));
        hint.getStyleClass().add("field-note");
        pane = new TitledPane(Messages.get("request.new.notes"), new VBox(12, hint, grid));
        pane.setId("notes-section");
        pane.setExpanded(false);
        pane.setAnimated(false);
    }

    TitledPane pane() {
        return pane;
    }

    Control field(NoteField field) {
        return fields.get(field);
    }

    private static TextField amountField(NewRequestModel model, NoteField field) {
        TextField text = new TextField();
        text.setMaxWidth(260);
        text.textProperty().bindBidirectional(model.noteProperty(field));
        return text;
    }

    private static ComboBox<String> holdingChoice(NewRequestModel model) {
        ComboBox<String> choice = new ComboBox<>();
        choice.getItems().setAll(HOLDING_ANSWERS);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String answer) {
                if (answer == null || answer.isEmpty()) {
                    return Messages.get("request.new.notes.holding.unset");
                }
                return answer.equals("yes") ? Messages.get("request.new.notes.holding.yes")
                        : Messages.get("request.new.notes.holding.no");
            }

            @Override
            public String fromString(String shown) {
                return shown;
            }
        });
        choice.valueProperty().bindBidirectional(model.noteProperty(NoteField.HOLDING));
        return choice;
    }
}
