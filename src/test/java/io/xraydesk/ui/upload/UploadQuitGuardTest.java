package io.xraydesk.ui.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.upload.DocumentDescription;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.core.upload.UploadFixture;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadState;
import io.xraydesk.ui.widgets.Dialogs;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window while a file uploads asks first; declining keeps the window and the upload. */
@ExtendWith(ApplicationExtension.class)
class UploadQuitGuardTest {

    @TempDir
    Path dir;
    private Stage stage;
    private UploadFixture sandbox;
    private LocalDatabase database;
    private UploadQueue queue;

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void stop() {
        queue.close();
        database.close();
        sandbox.close();
    }

    @Test
    void closingWithAnUploadInFlightAsksAndStaysWhenDeclined(FxRobot robot) throws Exception {
        sandbox = new UploadFixture();
        database = UploadFixture.database(dir);
        queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader, 1);
        Dialogs dialogs = new Dialogs(stage);
        assertTrue(UploadQuitGuard.mayQuit(queue, dialogs), "nothing uploading: no question");

        robot.interact(() -> UploadQuitGuard.install(stage, () -> queue, dialogs));
        sandbox.fault(true, "{\"kind\":\"hang\",\"count\":1}");
        String requestId = sandbox.createRequest();
        queue.enqueue(requestId, TestDocuments.png(dir, "scan.png", 20_000, 1),
                new DocumentDescription(DocumentCategory.OTHER, null, null));
        assertTrue(queue.hasActiveWork());

        CompletableFuture<Boolean> consumed = new CompletableFuture<>();
        Platform.runLater(() -> {
            WindowEvent close = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.fireEvent(close);
            consumed.complete(close.isConsumed());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertTrue(robot.lookup(".dialog-pane .label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(label -> label.getText() != null && label.getText().startsWith("1 document is still uploading")));
        // The pane can be there a moment before its buttons are laid out inside the dialog's scene: wait
        // until the one to press is visible as the click itself requires (within the scene's bounds).
        String cancel = Messages.get("dialog.cancel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(cancel).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(cancel);

        assertTrue(consumed.get(10, TimeUnit.SECONDS), "the close request was refused");
        assertTrue(stage.isShowing());
        assertFalse(queue.isHalted());
        assertEquals(UploadState.MEDIUM_CREATED, database.uploadJournal().forRequest(requestId).get(0).state());
    }
}
