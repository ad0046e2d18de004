package io.xraydesk.ui.report;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.widgets.Badges;
import io.xraydesk.ui.widgets.RequestLabels;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The report view of last resort: what the report is (X-Ray, grade, date) above its data as a
 * {@link JsonTreeView}. Shown for a source no native view knows, and when a native view fails on an
 * unexpected layout — never a blank screen.
 */
public final class JsonReportView {

    private JsonReportView() {
    }

    public static VBox of(Report report) {
        Label title = new Label(RequestLabels.xrayName(report.source()));
        title.getStyleClass().add("title-3");
        HBox header = new HBox(10, title);
        header.setAlignment(Pos.CENTER_LEFT);
        if (report.score() != null) {
            header.getChildren().add(Badges.grade(report.score()));
        }
        Label created = new Label(RequestLabels.dateTime(report.createdAt() == null ? null
                : report.createdAt().toInstant()));
        created.getStyleClass().add("text-muted");
        header.getChildren().add(created);
        JsonTreeView tree = new JsonTreeView(Messages.get("report.json.root"), report.data());
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox view = new VBox(10, header, tree);
        view.setPadding(new Insets(8));
        return view;
    }
}
