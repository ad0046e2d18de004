package io.xraydesk.ui.requestpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.xraydesk.store.Analyst;
import io.xraydesk.store.AuditAction;
import io.xraydesk.store.AuditEntry;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The request page's History tab over the real store: what was recorded after the page opened (here a
 * document sent from another workstation of the team) is listed when the analyst looks at the tab, in
 * the words the rest of the application uses.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryTabTest {

    private static final int HISTORY = 4;

    @RegisterExtension
    final AnalysedRequest analysed = AnalysedRequest.withBankStatement();

    @Test
    void anEntryRecordedWhileThePageIsOpenIsListedInWordsWhenTheTabIsLookedAt(FxRobot robot) throws Exception {
        analysed.open(robot, Locale.ENGLISH);
        select(robot, HISTORY);
        TableView<AuditEntry> trail = trail(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(trail.getItems().stream().anyMatch(entry -> "accounts.pdf".equals(entry.details().get("file"))));

        analysed.fixture.database.audit().record(new AuditEntry(analysed.request.id(), AuditAction.DOCUMENT_SENT,
                "upload-accounts", new Analyst("6413297aad6e59418e7748aa", "Claire Martin"), Instant.now(),
                Map.of("file", "accounts.pdf", "category", "certified_financial_statement", "period", "year")));
        select(robot, 0);
        select(robot, HISTORY);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> trail.getItems().stream()
                .anyMatch(entry -> "accounts.pdf".equals(entry.details().get("file"))));
        WaitForAsyncUtils.waitForFxEvents();
        int last = trail.getItems().size() - 1;
        assertEquals("Claire Martin", trail.getColumns().get(1).getCellData(last));
        assertEquals("Document sent: accounts.pdf (annual accounts)", trail.getColumns().get(2).getCellData(last));
    }

    private static void select(FxRobot robot, int section) {
        robot.interact(() -> robot.lookup("#request-sections").queryAs(TabPane.class).getSelectionModel()
                .select(section));
    }

    @SuppressWarnings("unchecked")
    private static TableView<AuditEntry> trail(FxRobot robot) {
        return robot.lookup("#audit-table").queryAs(TableView.class);
    }
}
