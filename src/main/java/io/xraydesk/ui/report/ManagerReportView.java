package io.xraydesk.ui.report;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.ReportContent;
import io.xraydesk.core.export.ReportContents;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/** Manager X-Ray: how many managers and how many checks need attention, then the managers and the checks. */
final class ManagerReportView {

    private ManagerReportView() {
    }

    static Node build(ReportViews.Services services, Report report) {
        ReportContent content = ReportContents.of(report, services.figures());
        List<Node> sections = new ArrayList<>();
        sections.add(Sections.summary(content));
        sections.addAll(Sections.tables(content, services));
        return ReportFrame.build(services, report, content.title(), sections.toArray(Node[]::new));
    }
}
