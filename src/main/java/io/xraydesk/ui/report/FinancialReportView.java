package io.xraydesk.ui.report;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.Chart;
import io.xraydesk.core.export.ReportContent;
import io.xraydesk.core.export.ReportContents;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/**
 * Financial X-Ray: grade and probability of default, the ten most influential variables as a
 * diverging bar chart (lowered ← | → raised the score), then the variables with their values.
 */
final class FinancialReportView {

    private FinancialReportView() {
    }

    static Node build(ReportViews.Services services, Report report) {
        ReportContent content = ReportContents.of(report, services.figures());
        List<Node> sections = new ArrayList<>();
        sections.add(Sections.summary(content));
        for (Chart chart : content.charts()) {
            sections.add(Sections.titled(chart.title(), FxCharts.of(chart, services.figures())));
        }
        sections.addAll(Sections.tables(content, services));
        return ReportFrame.build(services, report, content.title(), sections.toArray(Node[]::new));
    }
}
