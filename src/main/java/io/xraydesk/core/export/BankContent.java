package io.xraydesk.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.export.ReportTable.Column;
import io.xraydesk.core.export.ReportTable.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.OptionalDouble;

/**
 * Bank X-Ray (docs/october-api.md, Reports): a grade only when data sanity reaches 70 %, weighted indicators, monthly
 * balance and cash flows, top counterparties and the transactions.
 */
final class BankContent {

    /** Below this data sanity the API gives no grade (docs/october-api.md, Reports); the view then says "not rated". */
    static final double MIN_SANITY_FOR_GRADE = 70;

    /** The paths of {@code data} this reader shows (list positions left out); the rest goes to "Other fields". */
    static final Set<String> SHOWN = Set.of("dataSanity", "period.from", "period.to",
            "balances[].month", "balances[].balance", "cashFlows[].month", "cashFlows[].cashIn", "cashFlows[].cashOut",
            "indicators[].name", "indicators[].grade", "indicators[].weight",
            "topCounterparties.byAmount[].name", "topCounterparties.byAmount[].amount",
            "topCounterparties.byAmount[].count", "topCounterparties.byCount[].name",
            "topCounterparties.byCount[].amount", "topCounterparties.byCount[].count",
            "accounts[].bank", "accounts[].iban", "transactions[].date", "transactions[].label",
            "transactions[].counterparty", "transactions[].amount", "transactions[].alert");

    private BankContent() {
    }

    static ReportContent build(Report report, Figures figures, boolean withTransactions) {
        JsonNode data = report.data();
        OptionalDouble sanity = JsonFields.number(data, "dataSanity");
        String grade = report.score();
        String note = null;
        if (grade == null && sanity.isPresent() && sanity.getAsDouble() < MIN_SANITY_FOR_GRADE) {
            note = Messages.get("report.bank.notRated");
        }
        List<Fact> facts = new ArrayList<>();
        Emphasis sanityTone = sanity.isEmpty() ? Emphasis.NONE
                : sanity.getAsDouble() < MIN_SANITY_FOR_GRADE ? Emphasis.BAD : Emphasis.GOOD;
        Fact sanityFact = new Fact(Messages.get("report.bank.sanity"), figures.percentOfHundred(sanity), sanityTone);
        // The data sanity, quoted from the Summary, is named as this figure names it.
        facts.add(sanity.isPresent() ? sanityFact.quoting("/data/dataSanity") : sanityFact);
        JsonNode period = JsonFields.object(data, "period");
        facts.add(Fact.of(Messages.get("report.bank.period"), Messages.get("report.bank.periodRange",
                figures.date(JsonFields.text(period, "from").orElse(null)),
                figures.date(JsonFields.text(period, "to").orElse(null)))));
        int transactions = JsonFields.objects(data, "transactions").size();
        facts.add(Fact.of(Messages.get("report.bank.transactionCount"), figures.number(transactions, 0)));

        List<Chart> charts = List.of(balanceChart(data, figures), cashFlowChart(data, figures));
        List<ReportTable> tables = new ArrayList<>();
        tables.add(indicators(data));
        JsonNode top = JsonFields.object(data, "topCounterparties");
        tables.add(counterparties(Messages.get("report.bank.topByAmount"), top, "byAmount"));
        tables.add(counterparties(Messages.get("report.bank.topByCount"), top, "byCount"));
        tables.add(accounts(data));
        if (withTransactions) {
            tables.add(transactions(BankTransaction.readAll(data)));
        }
        return new ReportContent(ReportContents.sourceTitle(report), grade, note, facts, charts, tables);
    }

    private static Chart balanceChart(JsonNode data, Figures figures) {
        List<String> months = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (JsonNode b : JsonFields.objects(data, "balances")) {
            OptionalDouble balance = JsonFields.number(b, "balance");
            if (balance.isPresent()) {
                months.add(figures.month(JsonFields.text(b, "month").orElse(null)));
                values.add(balance.getAsDouble());
            }
        }
        return new Chart.Line(Messages.get("report.bank.balanceChart"), months,
                new Chart.Series(Messages.get("report.bank.balance"), values));
    }

    private static Chart cashFlowChart(JsonNode data, Figures figures) {
        List<String> months = new ArrayList<>();
        List<Double> in = new ArrayList<>();
        List<Double> out = new ArrayList<>();
        for (JsonNode f : JsonFields.objects(data, "cashFlows")) {
            months.add(figures.month(JsonFields.text(f, "month").orElse(null)));
            in.add(JsonFields.number(f, "cashIn").orElse(0));
            out.add(JsonFields.number(f, "cashOut").orElse(0));
        }
        return new Chart.Bars(Messages.get("report.bank.cashFlowChart"), months,
                List.of(new Chart.Series(Messages.get("report.bank.cashIn"), in),
                        new Chart.Series(Messages.get("report.bank.cashOut"), out)));
    }

    private static ReportTable indicators(JsonNode data) {
        List<Row> rows = new ArrayList<>();
        for (DataItem indicator : DataItem.of(data, "indicators")) {
            JsonNode i = indicator.node();
            // An indicator's row quotes its grade, named as the report names the indicator.
            rows.add(indicator.quoting(Row.of(Cells.text(i, "name"), Cells.text(i, "grade"), Cells.number(i, "weight")),
                    "grade", JsonFields.text(i, "name").orElse(null)));
        }
        return new ReportTable(Messages.get("report.bank.indicators"), List.of(
                new Column(Messages.get("report.column.indicator"), ColumnKind.TEXT),
                new Column(Messages.get("report.column.grade"), ColumnKind.GRADE),
                new Column(Messages.get("report.column.weight"), ColumnKind.PERCENT_OF_FRACTION)), rows);
    }

    private static ReportTable counterparties(String title, JsonNode top, String field) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode c : JsonFields.objects(top, field)) {
            rows.add(Row.of(Cells.text(c, "name"), Cells.number(c, "amount"), Cells.number(c, "count")));
        }
        return new ReportTable(title, List.of(
                new Column(Messages.get("report.column.counterparty"), ColumnKind.TEXT),
                new Column(Messages.get("report.column.amount"), ColumnKind.AMOUNT),
                new Column(Messages.get("report.column.count"), ColumnKind.INTEGER)), rows);
    }

    private static ReportTable accounts(JsonNode data) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode a : JsonFields.objects(data, "accounts")) {
            rows.add(Row.of(Cells.text(a, "bank"), Cells.text(a, "iban")));
        }
        return new ReportTable(Messages.get("report.bank.accounts"), List.of(
                new Column(Messages.get("report.column.bank"), ColumnKind.TEXT),
                new Column(Messages.get("report.column.iban"), ColumnKind.TEXT)), rows);
    }

    /**
     * The exports' table of the transactions. Its rows quote nothing: the screen quotes from its own
     * table of {@link BankTransaction}s, and naming tens of thousands of rows would slow every export.
     */
    static ReportTable transactions(List<BankTransaction> transactions) {
        List<Row> rows = new ArrayList<>(transactions.size());
        String alert = Messages.get("report.bank.alert");
        for (BankTransaction t : transactions) {
            rows.add(new Row(java.util.Arrays.asList(t.date(), t.label(), t.counterparty(), t.amount(),
                    t.alert() ? alert : ""), t.alert() ? Emphasis.WARNING : Emphasis.NONE));
        }
        return new ReportTable(Messages.get("report.bank.transactions"), transactionColumns(), rows);
    }

    static List<Column> transactionColumns() {
        return List.of(new Column(Messages.get("report.column.date"), ColumnKind.DATE),
                new Column(Messages.get("report.column.label"), ColumnKind.TEXT),
                new Column(Messages.get("report.column.counterparty"), ColumnKind.TEXT),
                new Column(Messages.get("report.column.amount"), ColumnKind.AMOUNT),
                new Column(Messages.get("report.column.alert"), ColumnKind.TEXT));
    }
}
