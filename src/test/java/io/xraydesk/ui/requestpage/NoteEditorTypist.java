package io.xraydesk.ui.requestpage;

import io.xraydesk.core.analystnotes.DraftKeeper;
import io.xraydesk.core.creditfile.CreditFile;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.testing.KilledTypist;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * An analyst typing a new note in the request page's notes editor, for {@code DraftCrashTest}: in its
 * own headless JVM, the notes part with its view-model over a real store file, each character a key
 * typed into the editor every 10 ms, said once the editor holds it ({@link KilledTypist#typed}),
 * until the JVM is killed. The drafts are kept as the window keeps them: {@link DraftKeeper#DEFAULT_DELAY}.
 */
public final class NoteEditorTypist {

    public static final String REQUEST = "typed-in-the-editor";

    private NoteEditorTypist() {
    }

    public static void main(String[] args) throws Exception {
        // Headless, as the tests run the window (the pom's Surefire settings).
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CreditFile creditFile = new CreditFile(LocalDatabase.open(Path.of(args[0])),
                new Analyst("6413297aad6e59418e7748f9", "Typist"), Clock.systemUTC(), DraftKeeper.DEFAULT_DELAY);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        AtomicReference<TextArea> editor = new AtomicReference<>();
        CountDownLatch ready = new CountDownLatch(1);
        Platform.runLater(() -> {
            CreditFileModel file = new CreditFileModel(REQUEST, new BackgroundTasks(new FxUiExecutor()), creditFile);
            NotesModel model = new NotesModel(file);
            NotesPart part = new NotesPart(model);
            Stage stage = new Stage();
            stage.setScene(new Scene(part, 600, 500));
            stage.show();
            model.editable.addListener((o, was, now) -> ready.countDown());
            model.activate();
            editor.set((TextArea) stage.getScene().lookup("#notes-editor"));
            editor.get().requestFocus();
        });
        if (!ready.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the editor never became ready");
        }
        for (int count = 1; ; count++) {
            String key = KilledTypist.text(count).substring(count - 1);
            CountDownLatch typed = new CountDownLatch(1);
            Platform.runLater(() -> {
                editor.get().fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, key, key, KeyCode.UNDEFINED, false, false,
                        false, false));
                typed.countDown();
            });
            typed.await();
            KilledTypist.typed(count);
            Thread.sleep(10);
        }
    }
}
