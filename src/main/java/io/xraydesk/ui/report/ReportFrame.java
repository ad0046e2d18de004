package io.xraydesk.ui.report;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.ExportSubject;
import io.xraydesk.core.i18n.DateStyle;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.xray.ReportCoverage;
import io.xraydesk.ui.widgets.DataText;
import io.xraydesk.ui.widgets.UncachedScrollPane;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The frame every report view shares: the X-Ray's name and what the report covers, the company and
 * the date on top with the Print/Export toolbar, the view's sections below in a scrolling body (what
 * Print sends to paper).
 */
final class ReportFrame {

    static final String STYLESHEET = ReportFrame.class.getResource("report-views.css").toExternalForm();

    private ReportFrame() {
    }

    static BorderPane build(ReportViews.Services services, Report report, String title, Node... sections) {
        VBox body = new VBox(16, sections);
        body.getStyleClass().add("report-body");
        body.setPadding(new Insets(16));
        ScrollPane scroll = new UncachedScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("report-scroll");

        ReportActions actions = new ReportActions(services, report);
        actions.printing(body);
        // "Bank X-Ray · 01/03/2024 – 31/03/2024": every report says what it covers.
        Label heading = new Label(ReportCoverage.label(report)
                .map(covered -> Messages.get("xray.coverage.title", title, covered)).orElse(title));
        heading.getStyleClass().add("report-title");
        heading.setId("report-title");
        // The document or period covered and the company are the report's own words.
        DataText.of(heading);
        Label subtitle = new Label(subtitle(services, report));
        subtitle.getStyleClass().add("text-muted");
        subtitle.setId("report-subtitle");
        DataText.of(subtitle);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleAndActions = new HBox(12, new VBox(2, heading, subtitle), spacer, actions.bar());
        VBox header = new VBox(4, titleAndActions, actions.statusLine());
        header.getStyleClass().add("report-header");

        // Header first among the children: the first focusable node is then Print, so the body does
        // not scroll down to the first table or filter field when the view opens.
        BorderPane frame = new BorderPane();
        frame.setTop(header);
        frame.setCenter(scroll);
        frame.getStyleClass().addAll("report-view", "content-area");
        frame.getStylesheets().add(STYLESHEET);
        return frame;
    }

    private static String subtitle(ReportViews.Services services, Report report) {
        ExportSubject subject = ExportSubject.report(services.request(), report);
        String company = subject.companyName().equals(subject.companyCode()) ? subject.companyCode()
                : subject.companyName() + " · " + subject.companyCode();
        if (report.createdAt() == null) {
            return company;
        }
        String date = DateStyle.dateTime(services.figures().locale()).format(report.createdAt());
        return company + " · " + Messages.get("report.producedOn", date);
    }
}
