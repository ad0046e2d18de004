package io.xraydesk.ui.report;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.ReportContent;
import io.xraydesk.core.export.ReportContents;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/**
 * The reports whose content is a summary and tables, shown in that order:
 * <ul>
 *   <li>ESG X-Ray: overall and E/S/G scores out of 100 (a dash while declarative inputs are missing,
 *   with the missing inputs named), then the criteria with their inputs, missing ones highlighted;</li>
 *   <li>Manager X-Ray: how many managers and how many checks need attention, then the managers and
 *   the checks.</li>
 * </ul>
 * What differs between them lives in their {@link ReportContent}, so one layout serves both.
 */
final class TabularReportView {

    private TabularReportView() {
    }

    static Node build(ReportViews.Services services, Report report) {
        ReportContent content = ReportContents.of(report, services.figures());
        List<Node> sections = new ArrayList<>();
        sections.add(Sections.summary(content));
        sections.addAll(Sections.tables(content, services));
        return ReportFrame.build(services, report, content.title(), sections.toArray(Node[]::new));
    }
}
