package io.xraydesk.ui.newrequest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.ClippedText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The form against an in-process sandbox over real HTTP, driven by keyboard and mouse: typing, pasting,
 * the whole form from the keyboard, refused notes, and its look in English and French.
 */
class NewRequestScreenTest extends NewRequestScreenFixture {

    @Test
    void typePasteCorrectAndSubmitCreatesTheRequestOnTheSandbox(FxRobot robot) throws Exception {
        show();
        TextField code = robot.lookup("#code").queryAs(TextField.class);
        assertTrue(code.isFocused(), "the code field has the focus first");

        robot.write("514673986");
        assertEquals("514 673 986", code.getText());
        assertTrue(text("#code-problem").contains("check digit"), text("#code-problem"));

        robot.type(KeyCode.BACK_SPACE).write("7");
        assertEquals("514 673 987", code.getText());
        assertFalse(visible("#code-problem"));

        robot.interact(() -> {
            code.clear();
            ClipboardContent content = new ClipboardContent();
            content.putString("514.673.987");
            Clipboard.getSystemClipboard().setContent(content);
            code.paste();
        });
        assertEquals("514 673 987", code.getText());
        assertEquals(11, code.getCaretPosition(), "caret after the pasted digits");

        robot.clickOn("#business-name").write("Acme Lyon");
        assertEquals("9 / 120", text("#name-counter"));
        robot.type(KeyCode.ENTER);

        String id = awaitOpened();
        JsonNode request = onlyRequest();
        assertEquals(id, request.get("id").asText());
        assertEquals("siren:514673987", request.get("code").asText());
        assertEquals("Acme Lyon", request.get("businessName").asText());
    }

    @Test
    void theDefaultNameIsShownWhileTheNameIsEmpty(FxRobot robot) {
        show();
        robot.write("514 673 987");

        assertEquals("Left empty, the request will be named \"SIREN 514673987\".", text("#default-name"));
        robot.clickOn("#business-name").write("Acme");
        assertFalse(visible("#default-name"));
    }

    @Test
    void theWholeFormWorksFromTheKeyboard(FxRobot robot) {
        show();
        robot.write("514673987").type(KeyCode.TAB);
        assertTrue(robot.lookup("#business-name").query().isFocused());
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#creator").query().isFocused());
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#notes-section").query().isFocused());
        robot.type(KeyCode.ESCAPE);

        assertEquals(1, routes.calls().stream().filter("back"::equals).count());
        assertEquals(List.of(), opened());
    }

    @Test
    void refusedNotesAreShownOnTheirFieldsAndNothingIsSent(FxRobot robot) throws Exception {
        show();
        robot.write("514673987");
        robot.interact(() -> robot.lookup("#notes-section").queryAs(TitledPane.class).setExpanded(true));
        robot.clickOn("#note-workforceNumber").write("0");
        robot.clickOn("#note-revenue").write("12,5,0");
        robot.clickOn("#submit");

        assertTrue(robot.lookup("#note-workforceNumber").query().isFocused(), "first refused field focused");
        assertEquals(0, control.requestCount());
        save("new-request-notes-errors-en");
    }

    @Test
    void screenshotsInEnglishAndFrench(FxRobot robot) throws Exception {
        show();
        save("new-request-empty-en");
        robot.write("51467398");
        robot.clickOn("#submit");
        save("new-request-invalid-en");

        Messages.setLocale(Locale.FRENCH);
        show(sandbox.apiBaseUri(), Optional.of(sandbox.lookupBaseUri()));
        robot.write("888888880");
        waitUntil(() -> visible("#lookup-name"));
        robot.interact(() -> robot.lookup("#notes-section").queryAs(TitledPane.class).setExpanded(true));
        robot.interact(() -> robot.lookup("#note-revenue").query().requestFocus());
        robot.write("1 234 567,89");
        robot.interact(() -> robot.lookup("#note-equity").query().requestFocus());
        robot.write("12.345,6.7");
        robot.interact(() -> robot.lookup("#note-workforceNumber").query().requestFocus());
        robot.write("35");
        assertTrue(text("#lookup-status").isEmpty());
        assertFalse(inError("#note-revenue"), "a French amount is read without complaint");
        assertTrue(inError("#note-equity"));
        save("new-request-lookup-notes-fr");
        assertEquals(List.of(), ClippedText.in(shown()));
    }
}
