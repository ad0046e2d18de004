package io.xraydesk.ui.widgets;

import java.util.function.Function;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * How the choices of a list that is picked from, never typed into, read on screen (categories,
 * periods, environments, filters). There is nothing typed to read back, so {@code fromString}
 * answers null.
 */
public final class ChoiceText {

    private ChoiceText() {
    }

    /**
     * The cell a choice box shows when closed, in the words of {@code converter}, its empty value
     * included (a combo box's own button cell shows nothing for null: "All statuses" would vanish).
     */
    public static <T> ListCell<T> buttonCell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? converter.toString(null) : converter.toString(item));
            }
        };
    }

    /**
     * Keeps {@code box}'s choices those of {@code choices}, after an empty choice (null: "all") first, and the
     * analyst's choice as it was while the list changes under it.
     */
    public static <T> void followChoices(ComboBox<T> box, ObservableList<T> choices) {
        box.getItems().setAll(choices);
        box.getItems().add(0, null);
        choices.addListener((ListChangeListener<T>) change -> {
            T chosen = box.getValue();
            List<T> next = new ArrayList<>(choices);
            next.add(0, null);
            box.getItems().setAll(next);
            box.setValue(chosen);
        });
    }

    public static <T> StringConverter<T> of(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
