package io.xraydesk.ui.report;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.export.ReportContent;
import io.xraydesk.core.export.ReportContents;
import io.xraydesk.core.export.ReportTable;
import io.xraydesk.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/**
 * Bank X-Ray: grade (or "not rated" with the data sanity), indicators with grades and weights,
 * balance and cash flows charts, top counterparties side by side, accounts, then the transactions
 * in their own virtualised table.
 */
final class BankReportView {

    private BankReportView() {
    }

    static Node build(ReportViews.Services services, Report report) {
        ReportContent content = ReportContents.withoutTransactions(report, services.figures());
        // BankContent's order without transactions: indicators, top by amount, top by count, accounts.
        List<ReportTable> tables = content.tables();
        List<Node> sections = new ArrayList<>();
        sections.add(Sections.summary(content));
        sections.add(Sections.sideBySide(
                Sections.titled(content.charts().get(0).title(), FxCharts.of(content.charts().get(0), services.figures())),
                Sections.titled(content.charts().get(1).title(), FxCharts.of(content.charts().get(1), services.figures()))));
        sections.add(Sections.sideBySide(table(tables.get(0), services), table(tables.get(3), services)));
        sections.add(Sections.sideBySide(table(tables.get(1), services), table(tables.get(2), services)));
        sections.add(Sections.titled(Messages.get("report.bank.transactions"),
                new TransactionsTable(services.tasks(), report.data(), services.figures())));
        sections.addAll(Sections.remainingTables(content, 4, services));
        return ReportFrame.build(services, report, content.title(), sections.toArray(Node[]::new));
    }

    private static Node table(ReportTable table, ReportViews.Services services) {
        return Sections.titled(table.title(), ContentTable.build(table, services.figures()));
    }
}
