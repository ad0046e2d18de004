package io.xraydesk.ui.requestpage;

import static io.xraydesk.ui.requestpage.AnalysedRequest.editor;
import static io.xraydesk.ui.requestpage.AnalysedRequest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.analystnotes.Quotation;
import io.xraydesk.core.export.ReportTable;
import io.xraydesk.store.NoteDraft;
import io.xraydesk.ui.ContextMenuRequest;
import io.xraydesk.ui.Screenshots;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Values quoted from the rows of a request's report tables, through the page's own gestures over
 * the real store and the embedded sandbox: a Financial ratio by its context menu, a Doc alert by a
 * double click; each lands in the note's draft with its name, value, X-Ray, report and date, and
 * the credit memo reads them in words. The pictures are taken at the user guide's 1280 × 720; the
 * context menu shows in them when the test runs on a real display (under Xvfb), which Monocle's
 * headless screen is not.
 */
class ReportTableQuotesTest extends AnalysedPageTest {

    private static final String FIRST_RATIO = "/data/variables/0/value";
    private static final String FIRST_ALERT = "/data/alerts/0/name";

    @Override
    AnalysedRequest analysed(Path folder) {
        return new AnalysedRequest(folder, "bank_statement", "interim_financial_statement");
    }

    @Test
    void aRatioAndAnAlertAreQuotedFromTheirRowsIntoTheNoteAndTheMemo(FxRobot robot) throws Exception {
        page = analysed.open(robot, stage, Locale.ENGLISH, 1280, 720);
        Report financial = analysed.report("financial");
        Report doc = analysed.report("doc");
        Quotation ratio = Quotation.of(financial, FIRST_RATIO);
        Quotation alert = Quotation.of(doc, FIRST_ALERT);

        TableRow<?> ratioRow = rowOf(robot, financial, FIRST_RATIO);
        assertEquals(((ReportTable.Row) ratioRow.getItem()).value(0), ratio.name(), "named as its row names it");
        robot.interact(() -> ContextMenuRequest.sendTo(ratioRow));
        waitUntil(() -> robot.lookup("Quote in note").tryQuery().isPresent());
        Screenshots.saveScreen(stage, "report-table-quote-menu-en");
        robot.clickOn("Quote in note");
        waitUntil(() -> editor(robot).getText().contains(financial.id()));
        assertEquals(ratio.toMarkup() + " ", editor(robot).getText());
        assertTrue(ratio.label().startsWith("\"" + ratio.value() + "\" (Financial X-Ray, " + ratio.name()
                + ", report of "), ratio.label());

        robot.doubleClickOn(rowOf(robot, doc, FIRST_ALERT));
        waitUntil(() -> editor(robot).getText().contains(doc.id()));
        String quoted = ratio.toMarkup() + " " + alert.toMarkup() + " ";
        assertEquals(quoted, editor(robot).getText());
        assertTrue(alert.label().contains("(Doc X-Ray, alert: "), alert.label());
        waitUntil(() -> analysed.fixture.database.noteDrafts().find(analysed.request.id(), Optional.empty())
                .map(NoteDraft::text).orElse("").equals(quoted));

        robot.clickOn("#notes-add");
        waitUntil(() -> robot.lookup(".note-card").tryQuery().isPresent());
        assertEquals(List.of(ratio.label(), alert.label()), robot.lookup(".note-quote").queryAllAs(Text.class)
                .stream().map(Text::getText).toList());
        Screenshots.save(stage.getScene(), "report-table-quote-note-en");
        String memo = analysed.memo(robot, "ACME-SAS_credit-memo.pdf").replaceAll("\\s+", " ");
        assertTrue(memo.contains(ratio.label()), ratio.label() + " in " + memo);
        assertTrue(memo.contains(alert.label()), alert.label() + " in " + memo);
    }

    @Test
    void inFrenchTheQuotedRatioReadsInFrench(FxRobot robot) throws Exception {
        page = analysed.open(robot, stage, Locale.FRENCH, 1280, 720);
        Report financial = analysed.report("financial");
        Quotation ratio = Quotation.of(financial, FIRST_RATIO);
        assertTrue(ratio.label().matches("« .+ » \\(X-Ray Financier, .+, rapport du .+\\)"), ratio.label());

        TableRow<?> ratioRow = rowOf(robot, financial, FIRST_RATIO);
        robot.interact(() -> ContextMenuRequest.sendTo(ratioRow));
        waitUntil(() -> robot.lookup("Citer dans la note").tryQuery().isPresent());
        Screenshots.saveScreen(stage, "report-table-quote-menu-fr");
        robot.clickOn("Citer dans la note");
        waitUntil(() -> editor(robot).getText().contains(financial.id()));
        assertEquals(ratio.toMarkup() + " ", editor(robot).getText());
        robot.clickOn("#notes-add");
        waitUntil(() -> robot.lookup(".note-card").tryQuery().isPresent());
        assertEquals(ratio.label(), robot.lookup(".note-quote").queryAs(Text.class).getText());
        Screenshots.save(stage.getScene(), "report-table-quote-note-fr");
        String memo = analysed.memo(robot, "ACME-SAS_note-de-credit.pdf").replaceAll("\\s+", " ");
        assertTrue(memo.contains(ratio.label()), ratio.label() + " in " + memo);
    }

    /** The row of {@code report}'s view that quotes the value at {@code pointer}, brought into sight. */
    private TableRow<?> rowOf(FxRobot robot, Report report, String pointer) throws Exception {
        robot.interact(() -> page.showReport(report.id()));
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> row = robot.lookup(".table-row-cell").match(AnalysedRequest::inSight).queryAll().stream()
                .map(node -> (TableRow<?>) node)
                .filter(candidate -> candidate.getItem() instanceof ReportTable.Row item && item.quoted() != null
                        && item.quoted().pointer().equals(pointer))
                .findFirst().orElseThrow(() -> new AssertionError("no row quotes " + pointer));
        robot.interact(() -> scrollTo(row));
        return row;
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
