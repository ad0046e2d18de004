package io.xraydesk.ui.report;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.ReportContent;
import io.xraydesk.core.export.ReportContents;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/**
 * Doc X-Ray (one report per document): the document and its overall flag, the checks run with their
 * result beside the alerts raised with their severity.
 */
final class DocReportView {

    private DocReportView() {
    }

    static Node build(ReportViews.Services services, Report report) {
        ReportContent content = ReportContents.of(report, services.figures());
        List<Node> sections = new ArrayList<>();
        sections.add(Sections.summary(content));
        // Checks beside alerts; other fields, when the report has some, below them.
        sections.add(Sections.sideBySide(Sections.tables(content.tables().subList(0, 2), services)
                .toArray(Node[]::new)));
        sections.addAll(Sections.remainingTables(content, 2, services));
        return ReportFrame.build(services, report, content.title(), sections.toArray(Node[]::new));
    }
}
