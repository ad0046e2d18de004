package io.xraydesk.ui.widgets;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The width of a text in a font, laid out once and remembered: {@link WholeColumns} asks for the same dates, codes
 * and words at every layout pass of a table, and laying a text out is what costs. Keeps the most recently asked
 * {@value #KEPT} widths; on the FX thread only.
 */
final class TextWidths {

    /** More than the distinct texts of a few screens of rows. */
    private static final int KEPT = 2048;

    private record Key(String text, Font font) {
    }

    private static final Map<Key, Double> WIDTHS = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Double> eldest) {
            return size() > KEPT;
        }
    };
    private static final Text MEASURE = new Text();

    private TextWidths() {
    }

    /** The width {@code shown} takes in {@code font}, as a {@link Text} lays it out. */
    static double of(String shown, Font font) {
        return WIDTHS.computeIfAbsent(new Key(shown, font), key -> {
            MEASURE.setFont(key.font());
            MEASURE.setText(key.text());
            return MEASURE.getLayoutBounds().getWidth();
        });
    }
}
