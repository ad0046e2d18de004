package io.xraydesk.ui.report;

import io.xraydesk.core.export.Chart;
import io.xraydesk.core.export.Figures;
import io.xraydesk.core.i18n.Messages;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/** A report's {@link Chart} as a JavaFX chart: lines and grouped bars with locale-formatted values. */
final class FxCharts {

    private static final double HEIGHT = 260;

    private FxCharts() {
    }

    static Node of(Chart chart, Figures figures) {
        if (chart instanceof Chart.Diverging diverging) {
            return new DivergingBarChart(diverging, figures);
        }
        if (chart instanceof Chart.Line line) {
            if (line.series().values().isEmpty()) {
                return noData();
            }
            LineChart<String, Number> view = new LineChart<>(new CategoryAxis(), valueAxis(figures));
            view.getData().add(series(line.series(), line.categories()));
            return sized(view);
        }
        Chart.Bars bars = (Chart.Bars) chart;
        if (bars.categories().isEmpty()) {
            return noData();
        }
        BarChart<String, Number> view = new BarChart<>(new CategoryAxis(), valueAxis(figures));
        view.setBarGap(2);
        view.setCategoryGap(12);
        bars.series().forEach(s -> view.getData().add(series(s, bars.categories())));
        return sized(view);
    }

    private static XYChart.Series<String, Number> series(Chart.Series source, List<String> categories) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(source.name());
        for (int i = 0; i < source.values().size() && i < categories.size(); i++) {
            series.getData().add(new XYChart.Data<>(categories.get(i), source.values().get(i)));
        }
        return series;
    }

    private static NumberAxis valueAxis(Figures figures) {
        NumberAxis axis = new NumberAxis();
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return figures.number(value.doubleValue(), 0);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are display only");
            }
        });
        return axis;
    }

    private static Node sized(XYChart<String, Number> chart) {
        chart.setAnimated(false);
        chart.setPrefHeight(HEIGHT);
        chart.setMinHeight(HEIGHT);
        chart.getStyleClass().add("report-chart");
        return chart;
    }

    private static Node noData() {
        Label label = new Label(Messages.get("report.chart.noData"));
        label.getStyleClass().add("text-muted");
        return label;
    }
}
