package io.xraydesk.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.export.ReportTable.Row;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.testing.MessagesLocale;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of the report tables that stand for one value (a ratio, an indicator, a criterion, an
 * alert, a check, a manager), and the Bank X-Ray's transactions of the screen's own table, say where
 * the report holds it: read at that JSON Pointer in the report as the API sent it, the value is the
 * one the row shows, and reads as the row shows it. Over the five X-Rays of the sandbox.
 */
class QuotedRowsTest {

    /** Per X-Ray, the tables whose rows are quotable, by position, and the column showing the quoted value. */
    private static final Map<String, Map<Integer, Integer>> QUOTED_COLUMNS = Map.of(
            "financial", Map.of(0, 3),
            "bank", Map.of(0, 1),
            "esg", Map.of(0, 3),
            "doc", Map.of(0, 0, 1, 0),
            "manager", Map.of(0, 0, 1, 0));

    private static SandboxReports sandbox;

    @BeforeAll
    static void produce(@TempDir Path scratch) throws Exception {
        sandbox = SandboxReports.produce(20, scratch);
    }

    @AfterAll
    static void close() {
        sandbox.close();
    }

    @RegisterExtension
    final MessagesLocale english = MessagesLocale.english();

    @Test
    void eachQuotedRowPointsAtTheValueItShows() {
        QUOTED_COLUMNS.forEach((source, tables) -> {
            Report report = sandbox.first(source);
            JsonNode json = WireJson.mapper().valueToTree(report);
            ReportContent content = ReportContents.of(report, new Figures(Locale.ENGLISH));
            tables.forEach((table, column) -> {
                List<Row> rows = content.tables().get(table).rows();
                assertTrue(rows.stream().anyMatch(row -> row.quoted() != null), source + " table " + table);
                for (Row row : rows) {
                    String where = source + " table " + table + " row " + row.values();
                    if (row.value(column) == null) {
                        // An ESG criterion without a score (its inputs missing) shows a dash: nothing to quote.
                        assertNull(row.quoted(), where);
                        continue;
                    }
                    assertTrue(row.quoted() != null, where + " is quotable");
                    JsonNode quoted = json.at(row.quoted().pointer());
                    assertTrue(quoted.isValueNode(), where + ": " + row.quoted().pointer() + " holds one value");
                    assertShows(row.value(column), quoted, where);
                }
            });
        });
    }

    @Test
    void aQuotedRowsValueReadsAsTheRowShowsItInEitherLanguage() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            Figures figures = new Figures(locale);
            QUOTED_COLUMNS.forEach((source, tables) -> {
                Report report = sandbox.first(source);
                JsonNode json = WireJson.mapper().valueToTree(report);
                ReportContent content = ReportContents.of(report, figures);
                tables.forEach((table, column) -> {
                    ReportTable shown = content.tables().get(table);
                    for (Row row : shown.rows()) {
                        if (row.quoted() != null) {
                            assertEquals(ReportTable.display(row.value(column), shown.columns().get(column).kind(),
                                    figures), QuotedValues.shown(source, row.quoted().pointer(),
                                    json.at(row.quoted().pointer()).asText(), figures),
                                    locale + " " + source + " row " + row.values());
                        }
                    }
                });
            });
        }
    }

    @Test
    void aRowIsNamedAsTheReportNamesItsValue() {
        Report financial = sandbox.first("financial");
        ReportContent content = ReportContents.of(financial, new Figures(Locale.ENGLISH));
        for (Row row : content.tables().get(0).rows()) {
            assertEquals(row.value(0), row.quoted().name(), "a ratio is named as the report names it");
        }
        Report doc = sandbox.first("doc");
        List<Row> alerts = ReportContents.of(doc, new Figures(Locale.ENGLISH)).tables().get(1).rows();
        assertFalse(alerts.isEmpty(), "the sandbox raises Doc alerts for this company");
        for (Row alert : alerts) {
            assertEquals("alert: " + alert.value(1).toString().toLowerCase(Locale.ENGLISH), alert.quoted().name());
        }
    }

    /** The transactions have a table of their own on the screen: each says where the report holds its amount. */
    @Test
    void eachTransactionPointsAtItsAmountAndReadsAsTheTableShowsIt() {
        Report bank = sandbox.first("bank");
        JsonNode json = WireJson.mapper().valueToTree(bank);
        List<BankTransaction> transactions = BankTransaction.readAll(bank.data());
        assertFalse(transactions.isEmpty(), "the sandbox's bank statement has transactions");
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            Figures figures = new Figures(locale);
            for (BankTransaction transaction : transactions) {
                String where = locale + " " + transaction;
                if (transaction.amount() == null) {
                    assertEquals(Optional.empty(), transaction.quotedPointer(), where);
                    continue;
                }
                String pointer = transaction.quotedPointer().orElseThrow();
                JsonNode quoted = json.at(pointer);
                assertTrue(quoted.isValueNode(), where + ": " + pointer + " holds one value");
                assertShows(transaction.amount(), quoted, where);
                assertEquals(figures.amount(transaction.amount()), QuotedValues.shown("bank", pointer, quoted.asText(),
                        figures), where + " reads as the transactions' table shows its amount");
            }
        }
    }

    @Test
    void aTransactionIsNamedByItsDayAndLabelAsTheBankTabShowsThem() {
        Messages.setLocale(Locale.FRENCH);
        Figures figures = new Figures(Locale.FRENCH);
        Report bank = sandbox.first("bank");
        BankTransaction first = BankTransaction.readAll(bank.data()).get(0);

        assertEquals(Optional.of(new ReportTable.Quoted("/data/transactions/0/amount",
                "opération du " + figures.date(first.date()) + " : " + first.label())), first.quoted(figures));
        assertEquals(Optional.of("opération du " + figures.date(first.date()) + " : " + first.label()),
                ReportContents.quotedName(bank, "/data/transactions/0/amount", figures), "named the same read alone");
        assertEquals(Optional.empty(), ReportContents.quotedName(bank, "/data/transactions/0/label", figures),
                "a transaction quotes its amount");
        assertEquals(Optional.empty(), ReportContents.quotedName(bank, "/data/transactions/99999999999/amount",
                figures));
    }

    @Test
    void aListElementKeepsItsPositionWhenOthersAreNotObjects() {
        Messages.setLocale(Locale.FRENCH);
        Report report = ReportFixtures.report("financial", "B", """
                {"probabilityOfDefault": 0.02,
                 "variables": [null, "stray", {"name": "Current ratio", "value": 1.42, "impact": "up"},
                               {"name": "Net margin", "impact": "down"}]}""");
        List<Row> rows = ReportContents.of(report, new Figures(Locale.FRENCH)).tables().get(0).rows();

        assertEquals(new ReportTable.Quoted("/data/variables/2/value", "Current ratio"), rows.get(0).quoted());
        assertNull(rows.get(1).quoted(), "a ratio without a value has nothing to quote");
        Report doc = ReportFixtures.report("doc", null, """
                {"checks": [{"name": "Edited text", "passed": false}, {"name": "Page structure"}],
                 "alerts": [{"name": "Edited text"}]}""");
        List<ReportTable> tables = ReportContents.of(doc, new Figures(Locale.FRENCH)).tables();
        assertEquals(List.of("contrôle : alerte levée", "contrôle"),
                tables.get(0).rows().stream().map(row -> row.quoted().name()).toList());
        assertEquals("alerte", tables.get(1).rows().get(0).quoted().name(), "an alert without a severity");
    }

    /** The row's cell is the value at the pointer: the same number, or the same text. */
    private static void assertShows(Object shown, JsonNode quoted, String where) {
        if (shown instanceof Double number) {
            assertEquals(number, quoted.asDouble(), 0.0, where);
        } else {
            assertEquals(quoted.asText().strip(), shown, where);
        }
    }
}
