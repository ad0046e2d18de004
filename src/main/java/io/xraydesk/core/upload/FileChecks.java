package io.xraydesk.core.upload;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.DocumentIssue;
import io.xraydesk.core.documents.DocumentProblem;
import io.xraydesk.core.documents.FileInspector;
import io.xraydesk.core.documents.FileReport;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadJournal;
import io.xraydesk.store.UploadState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The checks that decide whether a file the journal recorded (CHECKING) may be sent — content, size,
 * readability, its description's dates, and the request's duplicate guard — and their verdict written
 * to its row: QUEUED with its size and fingerprint, or REFUSED with the reasons in the row's words.
 */
final class FileChecks {

    /** What the checks of one recorded file decided; {@code item} is its row as they left it. */
    record Verdict(UploadItem item, List<String> refusals, List<String> warnings) {
        boolean isQueued() {
            return item.state() == UploadState.QUEUED;
        }
    }

    private static final Logger LOG = Logger.getLogger(FileChecks.class.getName());

    private final UploadJournal journal;
    private final FileInspector inspector;
    private final DocumentDateRule dateRule;

    FileChecks(UploadJournal journal, FileInspector inspector, DocumentDateRule dateRule) {
        this.journal = journal;
        this.inspector = inspector;
        this.dateRule = dateRule;
    }

    /** The checks of a file not recorded yet, for showing a row; nothing is written. */
    FileCheck preview(String requestId, Path path) {
        FileReport report = inspect(path);
        List<String> refusals = new ArrayList<>(messages(report.refusals()));
        if (report.isAccepted()) {
            journal.findBySha(requestId, report.sha256()).ifPresent(existing -> refusals.add(duplicate(path, existing)));
        }
        return new FileCheck(path, report, refusals, messages(report.warnings()));
    }

    /** Runs the checks of a CHECKING row and writes their verdict to it. Reads the whole file. */
    Verdict check(UploadItem item) {
        Path file = Path.of(item.filePath());
        FileReport report = inspect(file);
        List<String> warnings = messages(report.warnings());
        List<String> refusals = new ArrayList<>(messages(report.refusals()));
        refusals.addAll(messages(dateRule.check(DocumentCategory.fromWire(item.category()).orElse(null),
                Period.fromWire(item.period()).orElse(null), item.date() == null ? null : LocalDate.parse(item.date()))));
        if (refusals.isEmpty() && !journal.markChecked(item.id(), report.size(), report.sha256(),
                report.contentType().mimeType())) {
            UploadItem now = reload(item);
            if (now.state() != UploadState.CHECKING) {
                return new Verdict(now, List.of(), warnings); // cancelled, or checked by another process
            }
            journal.findBySha(item.requestId(), report.sha256()).ifPresent(existing ->
                    refusals.add(duplicate(file, existing)));
            if (refusals.isEmpty()) {
                // The other file left the request between the two statements: check this one again.
                return check(now);
            }
        }
        if (!refusals.isEmpty()) {
            journal.markRefused(item.id(), report.size(), String.join(" ", refusals));
        }
        return new Verdict(reload(item), refusals, warnings);
    }

    /**
     * The inspection, with any failure of a parser refusing this file alone: the batch goes on with
     * the others, and the analyst reads why in the row.
     */
    private FileReport inspect(Path path) {
        try {
            return inspector.inspect(path);
        } catch (RuntimeException | StackOverflowError failure) {
            String name = String.valueOf(path.getFileName());
            LOG.log(Level.WARNING, "the checks of a file failed", failure);
            return new FileReport(path, 0, null, null, List.of(DocumentIssue.of(DocumentProblem.READ_FAILED, name,
                    Messages.get("documents.notAnalysable"))), List.of());
        }
    }

    private UploadItem reload(UploadItem item) {
        return journal.find(item.id()).orElse(item);
    }

    private static String duplicate(Path path, UploadItem existing) {
        return Messages.get("upload.duplicate", String.valueOf(path.getFileName()), existing.fileName(),
                UploadText.state(existing.state()));
    }

    static List<String> messages(List<DocumentIssue> issues) {
        return issues.stream().map(DocumentIssue::message).toList();
    }
}
