package io.xraydesk.ui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.Screenshots;
import io.xraydesk.ui.theme.ThemeManager;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DialogsTest {

    private static final String TOKEN = "tok_live_8f2b6c1d9e";

    private Stage owner;
    private Dialogs dialogs;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        dialogs = new Dialogs(stage);
    }

    @AfterEach
    void withholdAgain() {
        Dialogs.installRedaction(Dialogs.WITHHOLD_DETAILS);
    }

    @Test
    void detailsAreWithheldUntilARedactionIsInstalled(FxRobot robot) {
        Alert alert = onFx(() -> dialogs.errorAlert("Could not reach the API", "header X-Session-Token: " + TOKEN));
        assertEquals("Could not reach the API", alert.getHeaderText());
        assertNull(alert.getDialogPane().getExpandableContent());
    }

    @Test
    void detailsPassThroughTheInstalledRedaction(FxRobot robot) throws IOException {
        Dialogs.installRedaction(text -> text.replace(TOKEN, "***"));
        Exception cause = new IOException("refused with X-Session-Token: " + TOKEN);
        Alert alert = onFx(() -> dialogs.errorAlert("Could not reach the API", Dialogs.describe(cause)));

        TextArea details = (TextArea) alert.getDialogPane().getExpandableContent().lookup(".error-details");
        assertTrue(details.getText().contains("Message: refused with X-Session-Token: ***"));
        assertFalse(details.getText().contains(TOKEN));
        assertFalse(details.getText().contains("at io.xraydesk"), "no stack trace");
        assertEquals("Something went wrong", alert.getTitle());
        assertSame(owner, alert.getOwner());
        assertTrue(alert.getDialogPane().getStylesheets().contains(ThemeManager.APP_STYLESHEET));

        robot.interact(() -> {
            alert.getDialogPane().setExpanded(true);
            alert.show();
        });
        Screenshots.save(alert.getDialogPane().getScene(), "dialog-error-en");
        robot.interact(() -> ((Button) alert.getDialogPane().lookup("#error-details-copy")).fire());
        assertEquals(details.getText(), WaitForAsyncUtils.waitForAsyncFx(5_000, () -> Clipboard.getSystemClipboard().getString()),
                "the details, redacted, on the clipboard for support");
        robot.interact(alert::close);
    }

    @Test
    void confirmationOffersTheNamedActionAndCancel(FxRobot robot) {
        Alert alert = onFx(() -> dialogs.confirmAlert("Delete draft", "Delete this draft request?", "Delete"));
        List<ButtonType> buttons = alert.getButtonTypes();
        assertEquals(List.of("Delete", "Cancel"), buttons.stream().map(ButtonType::getText).toList());
        assertEquals(ButtonData.OK_DONE, buttons.get(0).getButtonData());
        assertEquals(ButtonData.CANCEL_CLOSE, buttons.get(1).getButtonData());
    }

    private static Alert onFx(Callable<Alert> build) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, build);
    }

    @Test
    void aMissingCauseGivesNoDetails() {
        assertEquals("", Dialogs.describe(null));
    }
}
