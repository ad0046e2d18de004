package io.xraydesk.ui.upload;

import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.ui.widgets.Dialogs;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Asks before the window closes while files are still uploading. Quitting anyway loses nothing: the
 * journal keeps the files and the next start resumes them; the question is about the wait.
 */
public final class UploadQuitGuard {

    private UploadQuitGuard() {
    }

    /** True when the window may close: nothing is uploading, or the analyst chose to quit anyway. */
    public static boolean mayQuit(UploadQueue queue, Dialogs dialogs) {
        if (queue == null || !queue.hasActiveWork()) {
            return true;
        }
        return dialogs.confirm(Messages.get("upload.quit.title"),
                Messages.get("upload.quit.message", queue.activeCount()), Messages.get("upload.quit.confirm"));
    }

    /**
     * Installs the question on the main window's close request. {@code queue} gives the current
     * session's queue (null while signed out).
     */
    public static void install(Stage stage, Supplier<UploadQueue> queue, Dialogs dialogs) {
        stage.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            if (!mayQuit(queue.get(), dialogs)) {
                event.consume();
            }
        });
    }
}
