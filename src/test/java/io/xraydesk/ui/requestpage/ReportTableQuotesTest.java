package io.xraydesk.ui.requestpage;

import static io.xraydesk.ui.requestpage.AnalysedRequest.editor;
import static io.xraydesk.ui.requestpage.AnalysedRequest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.analystnotes.Quotation;
import io.xraydesk.core.export.BankTransaction;
import io.xraydesk.core.export.ReportTable;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.NoteDraft;
import io.xraydesk.ui.ContextMenuRequest;
import io.xraydesk.ui.Screenshots;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Values quoted from the rows of a request's report tables, through the page's own gestures over
 * the real store and the embedded sandbox: a Financial ratio by its context menu, a Doc alert by a
 * double click, a Bank transaction's amount by a double click, the probability of default from the
 * Summary; each lands in the note's draft with its
 * name, value, X-Ray, report and date, and the note and the credit memo read them in words, each
 * figure as the screen it was quoted from shows it, in the analyst's language. The pictures are taken at the user guide's 1280 × 720; the
 * context menu shows in them when the test runs on a real display, which Monocle's headless screen
 * is not. On a virtual one, with the pictures in {@code target/screenshots}:
 * <pre>
 * Xvfb :93 -screen 0 1280x800x24 &amp;
 * DISPLAY=:93 ./mvnw -B -q test -Dtest=ReportTableQuotesTest -Dtestfx.headless=false \
 *     -Dglass.platform=gtk -Dmonocle.platform=none -Djava.awt.headless=false
 * </pre>
 */
@ExtendWith(ApplicationExtension.class)
class ReportTableQuotesTest {

    private static final String FIRST_RATIO = "/data/variables/0/value";
    private static final String FIRST_ALERT = "/data/alerts/0/name";
    private static final String FIRST_TRANSACTION = "/data/transactions/0/amount";

    @RegisterExtension
    final AnalysedRequest analysed = AnalysedRequest.withDocuments("bank_statement", "interim_financial_statement");

    @Test
    void aRatioAnAlertAndATransactionAreQuotedFromTheirRowsIntoTheNoteAndTheMemo(FxRobot robot) throws Exception {
        RequestPage page = analysed.open(robot, Locale.ENGLISH, 1280, 720);
        Report financial = analysed.report("financial");
        Report doc = analysed.report("doc");
        Report bank = analysed.report("bank");
        Quotation ratio = Quotation.of(financial, FIRST_RATIO);
        Quotation alert = Quotation.of(doc, FIRST_ALERT);
        Quotation transaction = Quotation.of(bank, FIRST_TRANSACTION);

        TableRow<?> ratioRow = rowOf(robot, page, financial, FIRST_RATIO);
        assertEquals(((ReportTable.Row) ratioRow.getItem()).value(0), ratio.name(), "named as its row names it");
        quoteByMenu(robot, ratioRow, "Quote in note", ratio, "report-table-quote-menu-en");
        assertTrue(ratio.label().startsWith("\"" + valueCell(ratioRow) + "\" (Financial X-Ray, " + ratio.name()
                + ", report of "), ratio.label());

        robot.doubleClickOn(rowOf(robot, page, doc, FIRST_ALERT));
        waitUntil(() -> editor(robot).getText().contains(doc.id()));
        assertEquals(ratio.toMarkup() + " " + alert.toMarkup() + " ", editor(robot).getText());
        assertTrue(alert.label().contains("(Doc X-Ray, alert: "), alert.label());

        // A Bank X-Ray's transaction, in a table of its own, quotes its amount as that table shows it.
        TableRow<?> transactionRow = rowOf(robot, page, bank, FIRST_TRANSACTION);
        robot.doubleClickOn(transactionRow);
        waitUntil(() -> editor(robot).getText().contains(bank.id()));
        String quoted = ratio.toMarkup() + " " + alert.toMarkup() + " " + transaction.toMarkup() + " ";
        assertEquals(quoted, editor(robot).getText());
        BankTransaction read = (BankTransaction) transactionRow.getItem();
        assertTrue(transaction.label().startsWith("\"" + cell(transactionRow, "Amount") + "\" (Bank X-Ray, transaction of "
                + cell(transactionRow, "Date") + ": " + read.label() + ", report of "), transaction.label());
        waitUntil(() -> analysed.fixture.database.noteDrafts().find(analysed.request.id(), Optional.empty())
                .map(NoteDraft::text).orElse("").equals(quoted));

        robot.clickOn("#notes-add");
        waitUntil(() -> robot.lookup(".note-card").tryQuery().isPresent());
        assertEquals(List.of(ratio.label(), alert.label(), transaction.label()), noteQuotes(robot));
        Screenshots.save(analysed.stage().getScene(), "report-table-quote-note-en");
        String memo = spaced(analysed.memo(robot, "ACME-SAS_credit-memo.pdf"));
        assertTrue(memo.contains(spaced(ratio.label())), ratio.label() + " in " + memo);
        assertTrue(memo.contains(spaced(alert.label())), alert.label() + " in " + memo);
        assertTrue(memo.contains(spaced(transaction.label())), transaction.label() + " in " + memo);
    }

    /**
     * A French analyst reads a quoted ratio as the variables' table shows it (« 43,31 », not the
     * report's 43.31), and the probability of default quoted from the Summary as the Summary writes it
     * (« 2,40 % », not 0.024): in the note and in the memo.
     */
    @Test
    void inFrenchQuotedFiguresReadAsTheScreenShowsThem(FxRobot robot) throws Exception {
        RequestPage page = analysed.open(robot, Locale.FRENCH, 1280, 720);
        Report financial = analysed.report("financial");
        Quotation ratio = Quotation.of(financial, FIRST_RATIO);
        Quotation pd = Quotation.of(financial, "/data/probabilityOfDefault");

        TableRow<?> ratioRow = rowOf(robot, page, financial, FIRST_RATIO);
        String ratioShown = valueCell(ratioRow);
        // The sandbox's ratios are below 100 with at most two decimals: no grouping, nothing rounded.
        assertTrue(ratioShown.matches("\\d+(,\\d{1,2})?"), "a ratio in French figures: " + ratioShown);
        assertEquals(Double.parseDouble(ratio.value()), Double.parseDouble(ratioShown.replace(',', '.')),
                "the same number as the report's " + ratio.value());
        quoteByMenu(robot, ratioRow, "Citer dans la note", ratio, "report-table-quote-menu-fr");

        robot.interact(() -> robot.lookup("#request-sections").queryAs(TabPane.class).getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#summary-pd").tryQuery().isPresent());
        Label pdOnSummary = robot.lookup("#summary-pd").queryAs(Label.class);
        robot.interact(() -> scrollTo(pdOnSummary));
        robot.doubleClickOn(pdOnSummary);
        waitUntil(() -> editor(robot).getText().endsWith(pd.toMarkup() + " "));
        assertEquals(Messages.get("export.summary.pd", pd.shownValue()), pdOnSummary.getText(),
                "the quoted figure is the Summary's");
        assertTrue(pd.toMarkup().contains("&value=" + pd.value() + "&"), "the note keeps the value read: " + pd.value());

        robot.clickOn("#notes-add");
        waitUntil(() -> robot.lookup(".note-card").tryQuery().isPresent());
        List<String> quotes = noteQuotes(robot);
        assertEquals(List.of(ratio.label(), pd.label()), quotes);
        assertTrue(quotes.get(0).startsWith("« " + ratioShown + " » (X-Ray Financier, " + ratio.name() + ", rapport du "),
                quotes.get(0));
        assertTrue(quotes.get(1).startsWith("« " + pd.shownValue() + " » (X-Ray Financier, "), quotes.get(1));
        robot.interact(page::showNotes);
        Screenshots.save(analysed.stage().getScene(), "report-table-quote-note-fr");
        String memo = spaced(analysed.memo(robot, "ACME-SAS_note-de-credit.pdf"));
        assertTrue(memo.contains(spaced(ratio.label())), ratio.label() + " in " + memo);
        assertTrue(memo.contains(spaced(pd.label())), pd.label() + " in " + memo);
    }

    /** The row of {@code report}'s view that quotes the value at {@code pointer}, brought into sight. */
    private static TableRow<?> rowOf(FxRobot robot, RequestPage page, Report report, String pointer) throws Exception {
        robot.interact(() -> page.showReport(report.id()));
        // A Bank X-Ray's transactions are read in the background: their rows come a moment later.
        waitUntil(() -> quoting(robot, pointer).isPresent());
        TableRow<?> row = quoting(robot, pointer).orElseThrow();
        robot.interact(() -> scrollTo(row));
        return row;
    }

    /** The row in sight whose value the page quotes at {@code pointer}, if one is. */
    private static Optional<TableRow<?>> quoting(FxRobot robot, String pointer) {
        return robot.lookup(".table-row-cell").match(AnalysedRequest::inSight).queryAll().stream()
                .filter(candidate -> ReportViewQuotes.pointerAt(candidate).filter(pointer::equals).isPresent())
                .<TableRow<?>>map(node -> (TableRow<?>) node)
                .findFirst();
    }

    /**
     * Quotes {@code row}'s value by the {@code item} of its context menu, into an empty note, taking a
     * picture of the menu open; the note then holds {@code quotation}.
     */
    private void quoteByMenu(FxRobot robot, TableRow<?> row, String item, Quotation quotation, String picture)
            throws Exception {
        robot.interact(() -> ContextMenuRequest.sendTo(row));
        waitUntil(() -> robot.lookup(item).tryQuery().isPresent());
        Screenshots.saveScreen(analysed.stage(), picture);
        robot.clickOn(item);
        waitUntil(() -> editor(robot).getText().contains(quotation.reportId()));
        assertEquals(quotation.toMarkup() + " ", editor(robot).getText());
    }

    /** What a Financial variable's row shows in its value column, as the analyst reads it. */
    private static String valueCell(TableRow<?> row) {
        return cell(row, Messages.get("report.column.value"));
    }

    /** What {@code row} shows in the column titled {@code column}. */
    private static String cell(TableRow<?> row, String column) {
        return row.getChildrenUnmodifiable().stream().filter(TableCell.class::isInstance)
                .map(cell -> (TableCell<?, ?>) cell).filter(cell -> column.equals(cell.getTableColumn().getText()))
                .map(TableCell::getText).findFirst().orElseThrow(() -> new AssertionError("no " + column + " cell"));
    }

    /** The quotations of the published note, as the note's card shows them. */
    private static List<String> noteQuotes(FxRobot robot) {
        return robot.lookup(".note-quote").queryAllAs(Text.class).stream().map(Text::getText).toList();
    }

    /** Text with every run of spaces, no-break ones included, as one space: as a PDF's text is compared. */
    private static String spaced(String text) {
        return text.replaceAll("[\\s\\h]+", " ");
    }

    /** Scrolls the report's page so that {@code node} is in its viewport. */
    private static void scrollTo(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll && scroll.getContent() != null) {
                Node content = scroll.getContent();
                Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                if (room > 0) {
                    scroll.setVvalue(Math.min(1, Math.max(0, inContent.getMinY() - 40) / room));
                }
                return;
            }
        }
    }
}
