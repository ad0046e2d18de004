package io.xraydesk.ui.report;

import io.xraydesk.core.export.Chart;
import io.xraydesk.core.export.Figures;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.widgets.DataText;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Horizontal bars on both sides of a central axis: variables that lowered the score to the left in
 * the "bad" colour, those that raised it to the right in the "good" colour, lengths proportional to
 * their weight. Built from plain regions so that it prints and scales like the rest of the page.
 */
final class DivergingBarChart extends GridPane {

    private static final double BAR_HEIGHT = 14;

    DivergingBarChart(Chart.Diverging chart, Figures figures) {
        getStyleClass().add("diverging-chart");
        setHgap(8);
        setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(180);
        labels.setPrefWidth(200);
        ColumnConstraints left = new ColumnConstraints();
        left.setHgrow(Priority.ALWAYS);
        ColumnConstraints right = new ColumnConstraints();
        right.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(labels, left, right);

        Label negative = new Label(chart.negativeLabel());
        negative.getStyleClass().addAll("text-muted", "emphasis-bad");
        GridPane.setHalignment(negative, HPos.RIGHT);
        Label positive = new Label(chart.positiveLabel());
        positive.getStyleClass().addAll("text-muted", "emphasis-good");
        add(negative, 1, 0);
        add(positive, 2, 0);

        double max = chart.bars().stream().mapToDouble(b -> Math.abs(b.value())).max().orElse(1);
        int row = 1;
        for (Chart.Diverging.Bar bar : chart.bars()) {
            Label name = new Label(bar.label());
            name.getStyleClass().add("diverging-label");
            DataText.of(name); // the variable's name as the report gives it
            add(name, 0, row);
            boolean up = bar.value() >= 0;
            Pane half = halfBar(Math.abs(bar.value()) / max, up);
            Tooltip.install(half, new Tooltip(Messages.get("report.financial.barTip", bar.label(),
                    figures.percentOfFraction(Math.abs(bar.value()), 0))));
            add(half, up ? 2 : 1, row);
            row++;
        }
    }

    /** A half-width track with a bar growing from the axis side. */
    private static Pane halfBar(double fraction, boolean up) {
        Region bar = new Region();
        bar.getStyleClass().addAll("diverging-bar", up ? "diverging-up" : "diverging-down");
        bar.setMinHeight(BAR_HEIGHT);
        bar.setPrefHeight(BAR_HEIGHT);
        Region filler = new Region();
        HBox track = new HBox();
        track.getStyleClass().add(up ? "diverging-track-right" : "diverging-track-left");
        track.getChildren().addAll(up ? new Region[] {bar, filler} : new Region[] {filler, bar});
        HBox.setHgrow(filler, Priority.ALWAYS);
        bar.prefWidthProperty().bind(track.widthProperty().multiply(fraction * 0.96));
        bar.minWidthProperty().bind(bar.prefWidthProperty());
        return track;
    }
}
