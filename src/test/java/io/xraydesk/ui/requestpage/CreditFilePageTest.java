package io.xraydesk.ui.requestpage;

import static io.xraydesk.ui.requestpage.AnalysedRequest.editor;
import static io.xraydesk.ui.requestpage.AnalysedRequest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.Report;
import io.xraydesk.core.analystnotes.NoteDocument;
import io.xraydesk.core.analystnotes.NoteMarkup;
import io.xraydesk.core.analystnotes.Quotation;
import io.xraydesk.core.creditfile.CreditFile;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.AuditAction;
import io.xraydesk.store.AuditEntry;
import io.xraydesk.store.DecisionOutcome;
import io.xraydesk.store.DecisionTerms;
import io.xraydesk.store.NoteDraft;
import io.xraydesk.store.StoredNote;
import io.xraydesk.ui.ClippedText;
import io.xraydesk.ui.ContextMenuRequest;
import io.xraydesk.ui.Screenshots;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The notes, the decision, the credit memo and the history on a request's page, typed through the
 * page's own controls over the real store and the embedded sandbox: formatting, quoting, the draft
 * kept across pages, the rules in words, the history of decisions, a decision made by someone else
 * meanwhile, and the memo saved in the window's language, read back as a PDF reader extracts it.
 */
@ExtendWith(ApplicationExtension.class)
class CreditFilePageTest {

    @RegisterExtension
    final AnalysedRequest analysed = AnalysedRequest.withBankStatement();

    private RequestPage page;

    @Test
    void aNoteWithBoldBulletsAndAQuotedGradeIsPublishedAndListed(FxRobot robot) throws Exception {
        page = analysed.open(robot, Locale.ENGLISH);
        robot.interact(page::showNotes);
        robot.clickOn("#notes-editor").write("Cash is ");
        robot.clickOn("#notes-bold").write("solid");
        robot.type(KeyCode.END);
        robot.clickOn("#notes-paragraph").clickOn("#notes-bullet").write("first");
        robot.type(KeyCode.ENTER);
        robot.clickOn("#notes-bullet").write("second ");
        String typed = editor(robot).getText();
        assertEquals("Cash is **solid**\n\n- first\n- second ", typed);

        // The Bank X-Ray's grade, quoted from the Summary tab by a double click.
        robot.interact(() -> robot.lookup("#request-sections").queryAs(TabPane.class).getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#summary-grade-bank").tryQuery().isPresent());
        // Back to the Summary's top, where the X-Rays are: the tab keeps where it was scrolled to.
        robot.interact(() -> summaryScroll(robot).setVvalue(0));
        String grade = robot.lookup("#summary-grade-bank").queryAs(Label.class).getText();
        robot.doubleClickOn("#summary-grade-bank");
        waitUntil(() -> editor(robot).getText().contains("](xray:bank/"));
        assertTrue(editor(robot).getText().startsWith(typed + "["), "quoted where the caret was");
        NoteDocument.BulletList bullets = (NoteDocument.BulletList) NoteMarkup.parse(editor(robot).getText()).blocks()
                .get(1);
        Quotation quoted = ((NoteDocument.Quote) bullets.items().get(1).get(1)).quotation();
        assertEquals(List.of("bank", "/score", grade), List.of(quoted.source(), quoted.path(), quoted.value()));

        String editorText = editor(robot).getText();
        robot.clickOn("#notes-add");
        waitUntil(() -> editor(robot).getText().isEmpty() && robot.lookup(".note-card").tryQuery().isPresent());
        assertEquals("Note added.", robot.lookup("#notes-message").queryAs(Label.class).getText());
        Node card = robot.lookup(".note-card").query();
        assertEquals(List.of("solid"), robot.from(card).lookup(".note-bold").queryAllAs(Text.class).stream()
                .map(Text::getText).toList());
        assertEquals(2, robot.from(card).lookup(".note-bullet").queryAll().size(), "two bullet items");
        assertTrue(robot.from(card).lookup(".note-quote").queryAs(Text.class).getText().startsWith("\"" + grade + "\""));
        List<StoredNote> stored = analysed.fixture.database.notes().forRequest(analysed.request.id());
        assertEquals(1, stored.size());
        assertEquals(editorText.strip(), stored.get(0).text(), "the markup is what is stored");
        assertEquals(Optional.empty(), analysed.fixture.database.noteDrafts().find(analysed.request.id(),
                Optional.empty()), "a published note leaves no draft");
    }

    @Test
    void theGradeOfAReportViewIsQuotedFromThatReportByADoubleClickOrItsMenu(FxRobot robot) throws Exception {
        page = analysed.open(robot, Locale.ENGLISH);
        Report bank = analysed.report("bank");
        String quoted = Quotation.of(bank, "/score").toMarkup() + " ";
        robot.interact(() -> page.showReport(bank.id()));
        // The other X-Rays' views have a grade too, out of sight behind the Bank tab.
        Node grade = robot.lookup("#report-grade").match(AnalysedRequest::inSight).query();
        robot.doubleClickOn(grade);
        waitUntil(() -> editor(robot).getText().contains(bank.id()));
        assertEquals(quoted, editor(robot).getText());
        assertTrue(robot.lookup("#notes-editor").query().isVisible(), "the note is brought to the front");

        robot.interact(() -> {
            editor(robot).clear();
            page.showReport(bank.id());
        });
        robot.interact(() -> ContextMenuRequest.sendTo(grade));
        robot.clickOn("Quote in note");
        waitUntil(() -> editor(robot).getText().contains(bank.id()));
        assertEquals(quoted, editor(robot).getText());
    }

    @Test
    void theSummarysDataSanityAndADocAlertAreQuotedFromTheirReports(FxRobot robot) throws Exception {
        page = analysed.open(robot, Locale.ENGLISH);
        Report bank = analysed.report("bank");
        Report doc = analysed.report("doc");
        robot.interact(() -> robot.lookup("#request-sections").queryAs(TabPane.class).getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#summary-sanity").tryQuery().isPresent());
        robot.doubleClickOn("#summary-sanity");
        waitUntil(() -> editor(robot).getText().contains(bank.id()));
        Quotation sanityQuoted = Quotation.of(bank, "/data/dataSanity");
        String sanity = sanityQuoted.toMarkup() + " ";
        assertEquals(sanity, editor(robot).getText());
        assertEquals(Messages.get("export.summary.sanity", sanityQuoted.shownValue()),
                robot.lookup("#summary-sanity").queryAs(Label.class).getText(), "quoted as the Summary shows it");

        // The company's bank statement raises Doc alerts (the sandbox's reports follow the company
        // code); the Summary lists them first, and each names its check.
        Quotation alert = Quotation.of(doc, "/data/alerts/0/name");
        robot.interact(() -> robot.lookup("#request-sections").queryAs(TabPane.class).getSelectionModel().select(0));
        Label first = robot.lookup("#summary-alert-0").queryAs(Label.class);
        assertTrue(first.getText().contains(alert.value()), first.getText());
        robot.interact(() -> summaryScroll(robot).setVvalue(1));
        robot.doubleClickOn(first);
        waitUntil(() -> editor(robot).getText().contains(doc.id()));
        assertEquals(sanity + alert.toMarkup() + " ", editor(robot).getText());
        assertTrue(alert.label().matches(".*\\(Doc X-Ray, alert: (warning|critical), report of .*"), alert.label());
    }

    @Test
    void theDraftIsKeptAsTypedAndBackOnTheNextPage(FxRobot robot) throws Exception {
        page = analysed.open(robot, Locale.ENGLISH);
        robot.interact(page::showNotes);
        robot.clickOn("#notes-editor").write("Half a thought");
        // Written by itself within the draft delay, without leaving the editor.
        waitUntil(() -> analysed.fixture.database.noteDrafts().find(analysed.request.id(), Optional.empty())
                .map(NoteDraft::text).orElse("").equals("Half a thought"));
        robot.write(", and more");
        robot.interact(page::deactivate);
        page = analysed.open(robot, Locale.ENGLISH);
        assertEquals("Half a thought, and more", editor(robot).getText(), "the draft is back");
    }

    @Test
    void decisionsAreCheckedSavedChangedAndKeptInTheHistory(FxRobot robot) throws Exception {
        page = analysed.open(robot, Locale.ENGLISH);
        robot.interact(page::showNotes);
        robot.clickOn("#decision-save");
        assertEquals("Choose an outcome: approve, decline or refer.", message(robot));

        robot.clickOn("#decision-approve");
        robot.clickOn("#decision-amount").write("150,000");
        robot.clickOn("#decision-currency").write("EURO");
        robot.clickOn("#decision-duration").write("two years");
        robot.clickOn("#decision-save");
        assertEquals("\"EURO\" is not an ISO 4217 currency code (such as EUR, USD, GBP).\n"
                + "The duration is a whole number of months, not \"two years\".", message(robot));

        replace(robot, "#decision-currency", "eur");
        replace(robot, "#decision-duration", "24");
        robot.clickOn("#decision-condition-new").write("Quarterly accounts");
        robot.clickOn("#decision-condition-add");
        robot.clickOn("#decision-condition-new").write("A mistake").type(KeyCode.ENTER);
        robot.clickOn("A mistake").clickOn("#decision-condition-remove");
        robot.clickOn("#decision-justification").write("Strong cash position.");
        robot.clickOn("#decision-save");
        waitUntil(() -> message(robot).equals("Decision saved (version 1)."));
        waitUntil(() -> robot.lookup("#decision-version-1").tryQuery().isPresent());
        assertTrue(historyLine(robot, 1).endsWith("Approve, limit 150,000.00 EUR, 24 months, conditions: Quarterly accounts"),
                historyLine(robot, 1));

        replace(robot, "#decision-amount", "200000");
        robot.clickOn("#decision-save");
        waitUntil(() -> message(robot).equals("Decision saved (version 2).")
                && robot.lookup("#decision-version-2").tryQuery().isPresent());
        assertTrue(historyLine(robot, 2).contains("limit 200,000.00 EUR"), historyLine(robot, 2));
        assertTrue(robot.lookup("#decision-version-1").tryQuery().isPresent(), "the earlier decision stays");
        assertEquals(2, analysed.fixture.database.decisions().history(analysed.request.id()).size());
    }

    @Test
    void aDecisionMadeMeanwhileIsToldAndWhatWasTypedIsKept(FxRobot robot) throws Exception {
        page = analysed.open(robot, Locale.ENGLISH);
        robot.interact(page::showNotes);
        robot.clickOn("#decision-refer");
        robot.clickOn("#decision-justification").write("Needs the committee.");
        // Another analyst's workstation on the same store decides while this form is open.
        try (CreditFile other = new CreditFile(analysed.fixture.database, new Analyst("65f0aa00aa00aa00aa00aa01",
                "Claire Martin"), Clock.systemUTC(), Duration.ofMillis(500))) {
            other.decide(analysed.request.id(), 0, new DecisionTerms(DecisionOutcome.DECLINE, Optional.empty(),
                    Optional.empty(), Optional.empty(), List.of(), Optional.of("Too young a company.")));
        }
        robot.clickOn("#decision-save");
        waitUntil(() -> message(robot).startsWith("The decision on request "));
        assertTrue(message(robot).contains("was changed by Claire Martin"), message(robot));
        assertTrue(robot.lookup("#decision-message").query().getStyleClass().contains("warning"));
        assertEquals("Needs the committee.", robot.lookup("#decision-justification").queryAs(TextArea.class).getText());
        waitUntil(() -> robot.lookup("#decision-version-1").tryQuery().isPresent());
        assertTrue(historyLine(robot, 1).contains("Claire Martin: Decline"), historyLine(robot, 1));
        assertEquals(1, analysed.fixture.database.decisions().history(analysed.request.id()).size(),
                "nothing of ours was written over theirs");

        // Told and shown their decision, the analyst decides again: saved over it.
        robot.clickOn("#decision-save");
        waitUntil(() -> message(robot).equals("Decision saved (version 2)."));
        assertEquals(DecisionOutcome.REFER, analysed.fixture.database.decisions().current(analysed.request.id())
                .orElseThrow().terms().outcome());
    }

    @Test
    void frenchLabelsAndProblemsFitTheWindow(FxRobot robot) throws Exception {
        page = analysed.open(robot, Locale.FRENCH);
        TabPane sections = robot.lookup("#request-sections").queryAs(TabPane.class);
        assertEquals(List.of("Synthèse", "Documents", "Rapports", "Notes et décision", "Historique"),
                sections.getTabs().stream().map(tab -> tab.getText()).toList());
        robot.interact(page::showNotes);
        robot.clickOn("#decision-decline");
        robot.clickOn("#decision-amount").write("1 500 000,50");
        robot.clickOn("#decision-currency").write("EUR");
        robot.clickOn("#decision-save");
        assertEquals("Une demande refusée n’a pas de limite : retirez le montant et la devise, ou choisissez une autre issue.",
                message(robot));
        assertEquals("Enregistrer la décision", robot.lookup("#decision-save").queryButton().getText());
        assertEquals("Ajouter la note", robot.lookup("#notes-add").queryButton().getText());
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(analysed.stage().getScene(), "requestpage-notes-fr");
        assertEquals(List.of(), ClippedText.in(analysed.stage().getScene().getRoot()));
        robot.interact(() -> sections.getSelectionModel().select(4));
        assertEquals(List.of(), ClippedText.in(analysed.stage().getScene().getRoot()));
    }

    @Test
    void theMemoHoldsTheCompanyTheDecisionAndTheNotesAndTheHistoryEveryStep(FxRobot robot) throws Exception {
        page = analysed.open(robot, Locale.ENGLISH);
        noteAndDecision(robot, "#decision-approve", "250,000");

        assertHolds(analysed.memo(robot, "ACME-SAS_credit-memo.pdf"), "ACME SAS", "SIREN 514 673 987", "Decision: Approve",
                "Limit: 250,000.00 EUR", "Monthly covenant check", "Justification: Strong cash",
                "Reading of the accounts:", "• steady margins");

        robot.interact(() -> robot.lookup("#request-sections").queryAs(TabPane.class).getSelectionModel().select(4));
        @SuppressWarnings("unchecked")
        TableView<AuditEntry> trail = robot.lookup("#audit-table").queryAs(TableView.class);
        waitUntil(() -> trail.getItems().stream().anyMatch(entry -> entry.action() == AuditAction.MEMO_PRODUCED));
        assertEquals(List.of(AuditAction.NOTE_ADDED, AuditAction.DECISION_MADE, AuditAction.MEMO_PRODUCED),
                trail.getItems().stream().map(AuditEntry::action).toList());
        assertEquals("Credit memo produced: ACME-SAS_credit-memo.pdf (English)",
                trail.getColumns().get(2).getCellData(2));
        assertEquals("Decision: Approve, limit 250,000.00 EUR (version 1)", trail.getColumns().get(2).getCellData(1));
    }

    @Test
    void inFrenchTheMemoIsFrenchToo(FxRobot robot) throws Exception {
        page = analysed.open(robot, Locale.FRENCH);
        noteAndDecision(robot, "#decision-refer", "1 250 000");

        assertHolds(analysed.memo(robot, "ACME-SAS_note-de-credit.pdf"), "Note de crédit", "Renvoi à l’échelon supérieur",
                "Limite : 1 250 000,00 EUR", "Justification : Strong cash");
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

    /** Each text in the memo; French groups thousands with a no-break space, read as a space. */
    private static void assertHolds(String memo, String... texts) {
        String spaced = memo.replaceAll("\\h", " ");
        for (String text : texts) {
            assertTrue(spaced.contains(text), text + " in " + memo);
        }
    }

    private static ScrollPane summaryScroll(FxRobot robot) {
        return robot.lookup((Node node) -> node instanceof ScrollPane scroll && scroll.getContent() != null
                && "request-summary".equals(scroll.getContent().getId())).queryAs(ScrollPane.class);
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#decision-message").queryAs(Label.class).getText();
    }

    private static String historyLine(FxRobot robot, long version) {
        return robot.lookup("#decision-version-" + version).queryAs(Label.class).getText();
    }

    private static void replace(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextField.class).clear());
        robot.clickOn(query).write(text);
    }
}
