package io.xraydesk.core.export;

import io.xraydesk.core.i18n.Messages;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * Draws a report's {@link Chart}s as PDF vectors (no JavaFX in the export path): a grid with value
 * labels, then lines, grouped bars or diverging horizontal bars.
 */
final class PdfCharts {

    private static final float PLOT_HEIGHT = 130;
    private static final float AXIS_LABEL_WIDTH = 62;
    private static final float ROW_HEIGHT = 15;
    private static final float LABEL_SIZE = 7.5f;
    private static final int GRID_LINES = 4;

    private final PdfPages pages;
    private final Figures figures;

    PdfCharts(PdfPages pages, Figures figures) {
        this.pages = pages;
        this.figures = figures;
    }

    void draw(Chart chart) throws IOException {
        float height = chart instanceof Chart.Diverging d ? 36 + d.bars().size() * ROW_HEIGHT : PLOT_HEIGHT + 48;
        pages.ensure(height);
        pages.text(PdfPages.LEFT, pages.y() - 11, chart.title(), pages.fonts.bold, 10, PdfPalette.TEXT);
        pages.down(18);
        if (isEmpty(chart)) {
            pages.text(PdfPages.LEFT, pages.y() - 10, Messages.get("report.chart.noData"), pages.fonts.regular, 9,
                    PdfPalette.MUTED);
            pages.down(22);
            return;
        }
        if (chart instanceof Chart.Line line) {
            legend(List.of(line.series().name()), true);
            xy(line.categories(), List.of(line.series()), true);
        } else if (chart instanceof Chart.Bars bars) {
            legend(bars.series().stream().map(Chart.Series::name).toList(), false);
            xy(bars.categories(), bars.series(), false);
        } else if (chart instanceof Chart.Diverging diverging) {
            diverging(diverging);
        }
        pages.down(10);
    }

    private static boolean isEmpty(Chart chart) {
        if (chart instanceof Chart.Line line) {
            return line.series().values().isEmpty();
        }
        if (chart instanceof Chart.Bars bars) {
            return bars.categories().isEmpty();
        }
        return ((Chart.Diverging) chart).bars().isEmpty();
    }

    private void legend(List<String> names, boolean asLine) throws IOException {
        float x = PdfPages.LEFT + AXIS_LABEL_WIDTH;
        for (int i = 0; i < names.size(); i++) {
            pages.fillRect(x, pages.y() - 8, 8, 8,
                    asLine ? PdfPalette.ACCENT : PdfPalette.SERIES[i % PdfPalette.SERIES.length]);
            x += 12 + pages.text(x + 12, pages.y() - 8, names.get(i), pages.fonts.regular, 8, PdfPalette.TEXT) + 16;
        }
        pages.down(14);
    }

    /** Lines or grouped bars over categories, with a value grid that always includes zero. */
    private void xy(List<String> categories, List<Chart.Series> series, boolean asLine) throws IOException {
        double min = 0;
        double max = 0;
        for (Chart.Series s : series) {
            for (double v : s.values()) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        double step = niceStep((max - min) / GRID_LINES);
        min = Math.floor(min / step) * step;
        max = Math.max(min + step, Math.ceil(max / step) * step);
        int gridLines = (int) Math.round((max - min) / step);
        float plotLeft = PdfPages.LEFT + AXIS_LABEL_WIDTH;
        float plotWidth = PdfPages.RIGHT - plotLeft;
        float bottom = pages.y() - PLOT_HEIGHT;
        for (int g = 0; g <= gridLines; g++) {
            double value = min + step * g;
            float gy = (float) (bottom + PLOT_HEIGHT * g / (double) gridLines);
            pages.line(plotLeft, gy, PdfPages.RIGHT, gy, PdfPalette.RULE, 0.5f);
            String label = figures.number(value, 0);
            float w = PdfFonts.width(pages.fonts.regular, LABEL_SIZE, pages.fonts.safe(pages.fonts.regular, label));
            pages.text(plotLeft - 4 - w, gy - 2.5f, label, pages.fonts.regular, LABEL_SIZE, PdfPalette.MUTED);
        }
        float zeroY = (float) (bottom + PLOT_HEIGHT * (0 - min) / (max - min));
        pages.line(plotLeft, zeroY, PdfPages.RIGHT, zeroY, PdfPalette.MUTED, 0.8f);
        int n = Math.max(1, categories.size());
        float slot = plotWidth / n;
        for (int s = 0; s < series.size(); s++) {
            Color color = asLine ? PdfPalette.ACCENT : PdfPalette.SERIES[s % PdfPalette.SERIES.length];
            List<Double> values = series.get(s).values();
            float barWidth = slot * 0.7f / series.size();
            float previousX = 0;
            float previousY = 0;
            for (int i = 0; i < values.size() && i < n; i++) {
                float vy = (float) (bottom + PLOT_HEIGHT * (values.get(i) - min) / (max - min));
                if (asLine) {
                    float cx = plotLeft + slot * i + slot / 2;
                    if (i > 0) {
                        pages.line(previousX, previousY, cx, vy, color, 1.5f);
                    }
                    pages.fillRect(cx - 1.5f, vy - 1.5f, 3, 3, color);
                    previousX = cx;
                    previousY = vy;
                } else {
                    float bx = plotLeft + slot * i + slot * 0.15f + barWidth * s;
                    pages.fillRect(bx, Math.min(vy, zeroY), barWidth, Math.abs(vy - zeroY), color);
                }
            }
        }
        // Category labels, thinned out so that they never overlap.
        int every = (int) Math.ceil(n / Math.max(1.0, plotWidth / 48));
        for (int i = 0; i < categories.size(); i += every) {
            String label = pages.fit(categories.get(i), pages.fonts.regular, LABEL_SIZE, slot * every - 2);
            float w = PdfFonts.width(pages.fonts.regular, LABEL_SIZE, label);
            pages.text(plotLeft + slot * i + slot / 2 - w / 2, bottom - 10, label, pages.fonts.regular, LABEL_SIZE,
                    PdfPalette.MUTED);
        }
        pages.down(PLOT_HEIGHT + 16);
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}: grid values a reader can add up. */
    static double niceStep(double rough) {
        if (!(rough > 0) || !Double.isFinite(rough)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private void diverging(Chart.Diverging chart) throws IOException {
        float labelWidth = 150;
        float plotLeft = PdfPages.LEFT + labelWidth;
        float half = (PdfPages.RIGHT - plotLeft) / 2;
        float axis = plotLeft + half;
        double max = chart.bars().stream().mapToDouble(b -> Math.abs(b.value())).max().orElse(1);
        float leftWidth = PdfFonts.width(pages.fonts.regular, 8,
                pages.fonts.safe(pages.fonts.regular, chart.negativeLabel()));
        pages.text(axis - 6 - leftWidth, pages.y() - 8, chart.negativeLabel(), pages.fonts.regular, 8, PdfPalette.BAD);
        pages.text(axis + 6, pages.y() - 8, chart.positiveLabel(), pages.fonts.regular, 8, PdfPalette.GOOD);
        pages.down(14);
        float top = pages.y();
        for (Chart.Diverging.Bar bar : chart.bars()) {
            float rowBottom = pages.y() - ROW_HEIGHT;
            pages.text(PdfPages.LEFT, rowBottom + 4, pages.fit(bar.label(), pages.fonts.regular, 8, labelWidth - 8),
                    pages.fonts.regular, 8, PdfPalette.TEXT);
            float length = (float) (half * 0.95 * Math.abs(bar.value()) / max);
            boolean positive = bar.value() >= 0;
            pages.fillRect(positive ? axis : axis - length, rowBottom + 3, length, ROW_HEIGHT - 6,
                    positive ? PdfPalette.GOOD : PdfPalette.BAD);
            pages.down(ROW_HEIGHT);
        }
        pages.line(axis, top, axis, pages.y(), PdfPalette.MUTED, 0.8f);
    }
}
