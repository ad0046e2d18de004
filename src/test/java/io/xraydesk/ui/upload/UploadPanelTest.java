package io.xraydesk.ui.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.Toolkit;
import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.upload.DocumentDescription;
import io.xraydesk.core.upload.TestDocuments;
import io.xraydesk.core.upload.UploadFixture;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.UploadState;
import io.xraydesk.ui.Screenshots;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.theme.ThemeManager;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableRow;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The panel against the sandbox over real HTTP: a drop of files and a folder through a real {@link
 * Dragboard}, the guesses and edits of category/period/date, refusals with their reasons, the upload
 * to {@code online} with the bars at 100 %, and the bytes on the sandbox.
 */
@ExtendWith(ApplicationExtension.class)
class UploadPanelTest {

    @TempDir
    Path dir;
    private Stage stage;
    private UploadFixture sandbox;
    private LocalDatabase database;
    private UploadQueue queue;
    private BackgroundTasks tasks;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new StackPane(), 1180, 560));
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
        queue.close();
        database.close();
        sandbox.close();
        Messages.setLocale(Locale.ENGLISH);
    }

    private UploadPanel panel(FxRobot robot, Locale locale, String requestId) throws Exception {
        Messages.setLocale(locale);
        database = UploadFixture.database(dir.resolve("db"));
        queue = new UploadQueue(database.uploadJournal(), sandbox.client, sandbox.uploader, 1);
        tasks = new BackgroundTasks(new FxUiExecutor());
        UploadPanel panel = onFx(() -> {
            UploadPanel created = new UploadPanel(queue, requestId, tasks, new FxUiExecutor(), Clock.systemDefaultZone());
            Scene scene = new Scene(created, 1180, 560);
            scene.getStylesheets().add(ThemeManager.APP_STYLESHEET);
            stage.setScene(scene);
            created.activate();
            return created;
        });
        return panel;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    private static Dragboard dragboard(Map<DataFormat, Object> content) {
        Dragboard dragboard = DragboardHelper.createDragboard(Toolkit.getToolkit().createLocalClipboard());
        DragboardHelper.setDataAccessRestriction(dragboard, false);
        ClipboardContent clipboard = new ClipboardContent();
        clipboard.putAll(content);
        dragboard.setContent(clipboard);
        return dragboard;
    }

    private static DragEvent drag(javafx.event.EventType<DragEvent> type, Dragboard dragboard) {
        return new DragEvent(type, dragboard, 20, 20, 20, 20, TransferMode.COPY, null, null, null);
    }

    private UploadRow row(UploadPanel panel, String name) {
        return panel.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    /** The files of the drop: two statements, a folder of scans with clutter, and refused files. */
    private List<File> documents() throws Exception {
        Path files = Files.createDirectories(dir.resolve("files"));
        Path bilan = TestDocuments.pdf(files, "bilan 2023.pdf", "Bilan 2023 total actif 1 234 567");
        Path releve = TestDocuments.png(files, "releve 2024-03.png", 180_000, 1);
        Path scans = Files.createDirectories(files.resolve("scans"));
        TestDocuments.png(scans, "page-1.png", 400_000, 2);
        TestDocuments.png(scans, "page-2.png", 250_000, 3);
        TestDocuments.png(scans, ".hidden.png", 1_000, 4);
        Files.writeString(scans.resolve("notes.txt"), "meeting notes, not a document");
        Path scanned = files.resolve("scan sans texte.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(scanned.toFile());
        }
        Path empty = Files.write(files.resolve("empty.pdf"), new byte[0]);
        return List.of(bilan.toFile(), releve.toFile(), scans.toFile(), scanned.toFile(), empty.toFile());
    }

    @Test
    void dropDescribeAndUploadFilesAndAFolderToOnline(FxRobot robot) throws Exception {
        sandbox = new UploadFixture();
        String requestId = sandbox.createRequest();
        UploadPanel panel = panel(robot, Locale.ENGLISH, requestId);
        List<File> files = documents();

        Dragboard text = onFx(() -> dragboard(Map.of(DataFormat.PLAIN_TEXT, "just words")));
        robot.interact(() -> Event.fireEvent(panel.dropZone(), drag(DragEvent.DRAG_ENTERED, text)));
        assertTrue(panel.dropZone().getStyleClass().contains(DropZone.REFUSING));
        assertFalse(onFx(() -> panel.acceptDrop(text)));
        Dragboard drop = onFx(() -> dragboard(Map.of(DataFormat.FILES, files)));
        robot.interact(() -> Event.fireEvent(panel.dropZone(), drag(DragEvent.DRAG_ENTERED, drop)));
        assertTrue(panel.dropZone().getStyleClass().contains(DropZone.ACCEPTING));
        robot.interact(() -> Event.fireEvent(panel.dropZone(), drag(DragEvent.DRAG_DROPPED, drop)));
        assertFalse(panel.dropZone().getStyleClass().contains(DropZone.ACCEPTING));

        waitFor("the seven files are checked", () -> panel.rows().size() == 7
                && panel.rows().stream().noneMatch(r -> r.kindProperty().get() == UploadRow.Kind.CHECKING));
        assertTrue(panel.rows().stream().noneMatch(r -> r.name().equals(".hidden.png")));
        UploadRow bilan = row(panel, "bilan 2023.pdf");
        assertEquals(DocumentCategory.CERTIFIED_FINANCIAL_STATEMENT, bilan.categoryProperty().get());
        assertEquals(Period.YEAR, bilan.periodProperty().get());
        assertEquals(LocalDate.of(2023, 12, 31), bilan.dateProperty().get());
        assertEquals("PDF", bilan.type());
        assertEquals(DocumentCategory.BANK_STATEMENT, row(panel, "releve 2024-03.png").categoryProperty().get());
        assertEquals(UploadRow.Kind.REFUSED, row(panel, "notes.txt").kindProperty().get());
        assertEquals(List.of("empty.pdf is empty (0 bytes)."), row(panel, "empty.pdf").refusals());
        UploadRow scanned = row(panel, "scan sans texte.pdf");
        assertEquals(UploadRow.Kind.DRAFT, scanned.kindProperty().get());
        assertFalse(scanned.warnings().isEmpty(), "a scanned PDF is warned about");

        // Several rows at once: the two scans become bank statements of January 2024.
        robot.interact(() -> {
            panel.table().getSelectionModel().clearSelection();
            panel.table().getSelectionModel().select(row(panel, "page-1.png"));
            panel.table().getSelectionModel().select(row(panel, "page-2.png"));
            BulkEditor editor = panel.bulkEditor();
            assertFalse(editor.isDisable());
            editor.categoryBox().setValue(DocumentCategory.BANK_STATEMENT);
            assertEquals(List.of(Period.MONTH, Period.QUARTER, Period.SEMESTER), editor.periodBox().getItems());
            editor.periodBox().setValue(Period.MONTH);
            editor.datePicker().setValue(LocalDate.of(2024, 1, 31));
            editor.applyTo(List.copyOf(panel.table().getSelectionModel().getSelectedItems()));
        });
        for (String name : List.of("page-1.png", "page-2.png")) {
            assertEquals(DocumentCategory.BANK_STATEMENT, row(panel, name).categoryProperty().get());
            assertEquals(Period.MONTH, row(panel, name).periodProperty().get());
            assertEquals(LocalDate.of(2024, 1, 31), row(panel, name).dateProperty().get());
        }
        // A category without periods drops the period; a future date holds the row back, with why.
        robot.interact(() -> {
            scanned.categoryProperty().set(DocumentCategory.BANK_STATEMENT);
            scanned.periodProperty().set(Period.QUARTER);
            scanned.categoryProperty().set(DocumentCategory.OTHER);
            bilan.dateProperty().set(LocalDate.now().plusDays(10));
        });
        assertNull(scanned.periodProperty().get());
        assertTrue(RowStatus.of(bilan, new io.xraydesk.core.documents.DocumentDateRule(Clock.systemDefaultZone()))
                .text().contains("future"));
        Screenshots.save(stage.getScene(), "upload-panel-drafts-en");

        assertTrue(panel.cancelAllButton().isDisable(), "nothing to cancel before sending");
        robot.interact(panel::uploadDrafts);
        waitFor("the four valid drafts are online", () -> panel.rows().stream()
                .filter(r -> r.state() == UploadState.ONLINE).count() == 4);
        assertEquals(UploadRow.Kind.DRAFT, bilan.kindProperty().get(), "held back by its future date");
        robot.interact(() -> bilan.dateProperty().set(LocalDate.of(2023, 12, 31)));
        robot.interact(panel::uploadDrafts);
        waitFor("the statement is online too", () -> bilan.state() == UploadState.ONLINE);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1.0, panel.overallBar().getProgress());
        assertTrue(panel.cancelAllButton().isDisable(), "nothing left to cancel once all is online");
        for (UploadRow r : panel.rows()) {
            if (r.state() == UploadState.ONLINE) {
                assertEquals(100, r.statusProperty().get().percent());
            }
        }
        List<String> expected = new ArrayList<>();
        for (String name : List.of("bilan 2023.pdf", "releve 2024-03.png", "scans/page-1.png", "scans/page-2.png",
                "scan sans texte.pdf")) {
            expected.add(TestDocuments.sha256(dir.resolve("files").resolve(name)));
        }
        assertEquals(expected.stream().sorted().toList(), sandbox.onlineSha256(requestId));
        assertEquals(0, sandbox.counter("s3RejectedWithApiHeaders"));
        Screenshots.save(stage.getScene(), "upload-panel-online-en");
    }

    @Test
    void filesQueuedElsewhereEachGetOneRowAFewRowsAFrame(FxRobot robot) throws Exception {
        sandbox = new UploadFixture();
        String requestId = sandbox.createRequest();
        UploadPanel panel = panel(robot, Locale.ENGLISH, requestId);
        Path elsewhere = Files.createDirectories(dir.resolve("command-line"));
        // As the command line does: straight into the queue, the panel only hears of them.
        for (int i = 0; i < 12; i++) {
            Path file = TestDocuments.png(elsewhere, "page-" + i + ".png", 30_000, 100 + i);
            assertTrue(queue.enqueue(requestId, file, new DocumentDescription(DocumentCategory.OTHER, null, null))
                    .isQueued());
        }
        waitFor("twelve rows, all online", () -> onFx(() -> panel.rows().size() == 12
                && panel.rows().stream().allMatch(r -> r.state() == UploadState.ONLINE)));
        assertEquals(12, onFx(() -> panel.rows().stream().map(UploadRow::id).distinct().count()), "one row per file");
    }

    @Test
    void rowsInSeveralStatesInFrenchWithAFailedFileToRetry(FxRobot robot) throws Exception {
        sandbox = new UploadFixture();
        String requestId = sandbox.createRequest();
        UploadPanel panel = panel(robot, Locale.FRENCH, requestId);
        sandbox.fault(true, "{\"kind\":\"reset\",\"count\":4}");
        robot.interact(() -> panel.addFiles(uncheckedDocuments()));
        waitFor("the files are checked", () -> panel.rows().size() == 7
                && panel.rows().stream().noneMatch(r -> r.kindProperty().get() == UploadRow.Kind.CHECKING));
        assertTrue(row(panel, "empty.pdf").refusals().get(0).contains("vide"), row(panel, "empty.pdf").refusals().toString());
        robot.interact(() -> row(panel, "page-2.png").dateProperty().set(LocalDate.now().plusDays(3)));
        robot.interact(panel::uploadDrafts);
        waitFor("one file failed and three are online", () -> panel.rows().stream()
                .filter(r -> r.state() == UploadState.FAILED).count() == 1
                && panel.rows().stream().filter(r -> r.state() == UploadState.ONLINE).count() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        UploadRow failed = panel.rows().stream().filter(r -> r.state() == UploadState.FAILED).findFirst().orElseThrow();
        assertTrue(RowStatus.of(failed, null).text().startsWith("Problème réseau"), RowStatus.of(failed, null).text());
        Screenshots.save(stage.getScene(), "upload-panel-states-fr");

        // Sent rows show their description as text, drafts keep their editors; each row has one button.
        UploadRow online = panel.rows().stream().filter(r -> r.state() == UploadState.ONLINE).findFirst().orElseThrow();
        assertTrue(editors(robot, panel, online).isEmpty(), "a sent row shows text, not editors");
        assertFalse(editors(robot, panel, row(panel, "page-2.png")).isEmpty(), "a draft keeps its editors");
        assertEquals(List.of(), visibleButtons(robot, panel, online));
        List<Button> failedButtons = visibleButtons(robot, panel, failed);
        assertEquals(List.of(Messages.get("upload.panel.retry")), failedButtons.stream().map(Button::getText).toList());

        robot.clickOn(failedButtons.get(0));
        waitFor("the failed file is online after a retry", () -> failed.state() == UploadState.ONLINE);
        assertEquals(4, sandbox.onlineSha256(requestId).size());
    }

    private static Node rowNode(FxRobot robot, UploadPanel panel, UploadRow row) {
        robot.interact(() -> panel.table().scrollTo(row));
        return robot.from(panel.table()).lookup((Node node) -> node instanceof TableRow<?> tableRow
                && tableRow.getItem() == row).query();
    }

    private static Set<Node> editors(FxRobot robot, UploadPanel panel, UploadRow row) {
        return robot.from(rowNode(robot, panel, row))
                .lookup((Node node) -> node instanceof ComboBox<?> || node instanceof DatePicker).queryAll();
    }

    private static List<Button> visibleButtons(FxRobot robot, UploadPanel panel, UploadRow row) {
        return robot.from(rowNode(robot, panel, row)).lookup((Node node) -> node instanceof Button && node.isVisible())
                .queryAllAs(Button.class).stream().toList();
    }

    private List<File> uncheckedDocuments() {
        try {
            return documents();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
