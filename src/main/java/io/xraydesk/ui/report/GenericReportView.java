package io.xraydesk.ui.report;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.ReportContents;
import io.xraydesk.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Any other source or shape: the grade when there is one, a note saying this layout is not known,
 * and the data as a searchable JSON tree, so that nothing the API sent is hidden.
 */
final class GenericReportView {

    private GenericReportView() {
    }

    static Node build(ReportViews.Services services, Report report) {
        Label note = new Label(Messages.get("report.generic.note"));
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        note.setId("report-generic-note");
        List<Node> sections = new ArrayList<>();
        if (report.score() != null) {
            sections.add(Sections.grade(report.score(), null));
        }
        sections.add(note);
        sections.add(Sections.titled(Messages.get("report.generic.values"), new JsonTreeView("data", report.data())));
        // The tree shows data; fields of the report beside data, if any, follow as "Other fields".
        sections.addAll(Sections.remainingTables(ReportContents.of(report, services.figures()), 1, services));
        return ReportFrame.build(services, report, ReportContents.sourceTitle(report), sections.toArray(Node[]::new));
    }
}
