package io.xraydesk.ui.widgets;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * How the choices of a list that is picked from, never typed into, read on screen (categories,
 * periods, environments, filters). There is nothing typed to read back, so {@code fromString}
 * answers null.
 */
public final class ChoiceText {

    private ChoiceText() {
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
