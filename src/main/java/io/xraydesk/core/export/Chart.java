package io.xraydesk.core.export;

import java.util.List;

/**
 * What a report's chart shows, independent of how it is drawn (JavaFX on screen, PDFBox vectors
 * on paper).
 */
public sealed interface Chart {

    String title();

    /** One named series of values over the chart's categories. */
    record Series(String name, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    /** A value per category, drawn as a line (balance over time). */
    record Line(String title, List<String> categories, Series series) implements Chart {
        public Line {
            categories = List.copyOf(categories);
        }
    }

    /** Side-by-side bars per category, one colour per series (cash-in / cash-out). */
    record Bars(String title, List<String> categories, List<Series> series) implements Chart {
        public Bars {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /** Horizontal bars left (negative) or right (positive) of a central axis. */
    record Diverging(String title, String negativeLabel, String positiveLabel, List<Bar> bars) implements Chart {
        public Diverging {
            bars = List.copyOf(bars);
        }

        public record Bar(String label, double value) {
        }
    }
}
