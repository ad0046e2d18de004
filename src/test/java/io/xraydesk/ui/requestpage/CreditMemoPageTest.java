package io.xraydesk.ui.requestpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.store.AuditAction;
import io.xraydesk.store.AuditEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * From a request's page to its credit memo: a note and a decision made on the page, the memo saved
 * through "Credit memo…" in the window's language, read back as a PDF reader extracts it, and every
 * step in the History tab.
 */
@ExtendWith(ApplicationExtension.class)
class CreditMemoPageTest {

    @TempDir
    Path folder;

    private Stage stage;
    private AnalysedRequest analysed;
    private RequestPage page;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void request() {
        analysed = new AnalysedRequest(folder);
    }

    @AfterEach
    void close(FxRobot robot) {
        if (page != null) {
            robot.interact(page::deactivate);
        }
        analysed.close();
    }

    @Test
    void theMemoHoldsTheCompanyTheDecisionAndTheNotesAndTheHistoryEveryStep(FxRobot robot) throws Exception {
        page = analysed.open(robot, stage, Locale.ENGLISH);
        noteAndDecision(robot, "#decision-approve", "250,000");

        String memo = memo(robot, "ACME-SAS_credit-memo.pdf");
        assertTrue(memo.contains("ACME SAS"), memo);
        assertTrue(memo.contains("514 673 987") || memo.contains("514673987"), memo);
        assertTrue(memo.contains("Decision: Approve"), memo);
        assertTrue(memo.contains("Limit: 250,000.00 EUR"), memo);
        assertTrue(memo.contains("Monthly covenant check"), memo);
        assertTrue(memo.contains("Strong cash"), memo);
        assertTrue(memo.contains("• steady margins"), memo);

        robot.interact(() -> robot.lookup("#request-sections").queryAs(TabPane.class).getSelectionModel().select(4));
        @SuppressWarnings("unchecked")
        TableView<AuditEntry> trail = robot.lookup("#audit-table").queryAs(TableView.class);
        waitUntil(() -> trail.getItems().stream().anyMatch(entry -> entry.action() == AuditAction.MEMO_PRODUCED));
        assertEquals(List.of(AuditAction.NOTE_ADDED, AuditAction.DECISION_MADE, AuditAction.MEMO_PRODUCED),
                trail.getItems().stream().map(AuditEntry::action).toList());
        assertEquals("Credit memo produced: ACME-SAS_credit-memo.pdf (en)",
                trail.getColumns().get(2).getCellData(2));
        assertEquals("Decision: Approve, limit 250,000.00 EUR (version 1)", trail.getColumns().get(2).getCellData(1));
    }

    @Test
    void inFrenchTheMemoIsFrenchToo(FxRobot robot) throws Exception {
        page = analysed.open(robot, stage, Locale.FRENCH);
        noteAndDecision(robot, "#decision-refer", "1 250 000");

        String memo = memo(robot, "ACME-SAS_note-de-credit.pdf");
        assertTrue(memo.contains("Note de crédit"), memo);
        assertTrue(memo.contains("Renvoi à l’échelon supérieur"), memo);
        // French groups thousands with a no-break space.
        assertTrue(memo.replaceAll("\\h", " ").contains("Limite : 1 250 000,00 EUR"), memo);
        assertTrue(robot.lookup("#memo-status").queryAs(Label.class).getText().startsWith("Enregistré dans "));
    }

    /** A note with a bullet, then a decision with a limit, a condition and a justification. */
    private void noteAndDecision(FxRobot robot, String outcome, String amount) throws Exception {
        robot.interact(page::showNotes);
        robot.clickOn("#notes-editor").write("Reading of the accounts:");
        robot.clickOn("#notes-paragraph").clickOn("#notes-bullet").write("steady margins");
        robot.clickOn("#notes-add");
        waitUntil(() -> robot.lookup(".note-card").tryQuery().isPresent());
        robot.clickOn(outcome);
        robot.clickOn("#decision-amount").write(amount);
        robot.clickOn("#decision-currency").write("EUR");
        robot.clickOn("#decision-condition-new").write("Monthly covenant check");
        robot.clickOn("#decision-condition-add");
        robot.clickOn("#decision-justification").write("Strong cash");
        robot.clickOn("#decision-save");
        waitUntil(() -> robot.lookup("#decision-version-1").tryQuery().isPresent());
    }

    /** Saves the memo through the header's button and returns its text; the file has the name suggested. */
    private String memo(FxRobot robot, String fileName) throws Exception {
        robot.clickOn("#memo-button");
        Path saved = folder.resolve(fileName);
        waitUntil(() -> robot.lookup("#saved-links").query().isVisible());
        assertTrue(robot.lookup("#memo-status").queryAs(Label.class).getText().endsWith(saved.toString()));
        assertTrue(Files.size(saved) > 1000);
        try (PDDocument document = Loader.loadPDF(saved.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
