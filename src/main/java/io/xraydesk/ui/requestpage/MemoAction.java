package io.xraydesk.ui.requestpage;

import io.xraydesk.core.export.ExportFormat;
import io.xraydesk.core.export.ExportSubject;
import io.xraydesk.core.i18n.FailureWords;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.ui.concurrent.TaskHandle;
import io.xraydesk.ui.report.ExportTargetChooser;
import io.xraydesk.ui.widgets.Icons;
import io.xraydesk.ui.widgets.FileTaskStatus;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;

/**
 * "Credit memo…" on a request's page: asks where to save it, builds it in the background in the
 * window's language with the same builder as the command line's {@code memo} (docs/workflow.md),
 * shows its progress with a Cancel button, then where it was saved with Open and Show in folder.
 */
final class MemoAction {

    private final CreditFileModel file;
    private final ExportTargetChooser chooser;
    /** The request with its reports and summary; empty until the page has read them. */
    private final Supplier<Optional<ExportSubject>> subject;
    private final Button memo = new Button(Messages.get("memo.action"), Icons.of(Feather.FILE_TEXT));
    private final FileTaskStatus status;
    private final HBox bar;

    MemoAction(CreditFileModel file, ExportTargetChooser chooser, Supplier<Optional<ExportSubject>> subject) {
        this.file = file;
        this.chooser = chooser;
        this.subject = subject;
        this.status = new FileTaskStatus(file.tasks(), "memo-status", Messages.get("memo.cancelled"));
        memo.setId("memo-button");
        memo.setOnAction(event -> choose());
        memo.disableProperty().bind(status.runningProperty());
        bar = new HBox(8, status.view(), memo);
        bar.setAlignment(Pos.CENTER_RIGHT);
    }

    Node view() {
        return bar;
    }

    private void choose() {
        Optional<ExportSubject> request = subject.get();
        if (request.isEmpty()) {
            status.say(Messages.get("memo.notReady"));
            return;
        }
        Window owner = bar.getScene() == null ? null : bar.getScene().getWindow();
        chooser.choose(owner, suggestedName(request.get()), ExportFormat.PDF)
                .ifPresent(target -> start(request.get(), target));
    }

    private void start(ExportSubject request, Path target) {
        TaskHandle running = file.tasks().task("credit memo of " + file.requestId(), sink -> {
            file.creditFile().writeMemo(request, target);
            return target;
        }).onSuccess(path -> {
            status.saved(path);
            file.reload();
        }).onFailure(failure -> status.failed(Messages.get("memo.failed", FailureWords.of(failure))))
                .start();
        status.started(Messages.get("memo.running"), running);
    }

    /** {@code ACME-SAS_credit-memo.pdf}, safe on every file system. */
    private static String suggestedName(ExportSubject request) {
        return (request.companyName() + "_" + Messages.get("memo.fileName")).replaceAll("[^\\p{L}\\p{N}._-]+", "-")
                + ".pdf";
    }
}
