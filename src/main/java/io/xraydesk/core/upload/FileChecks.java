package io.xraydesk.core.upload;

import io.xraydesk.api.model.DocumentCategory;
import io.xraydesk.api.model.Period;
import io.xraydesk.core.documents.DocumentDateRule;
import io.xraydesk.core.documents.DocumentProblem;
import io.xraydesk.core.documents.FileInspector;
import io.xraydesk.core.documents.FileReport;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.core.i18n.Problem;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadJournal;
import io.xraydesk.store.UploadState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The checks that decide whether a file the journal recorded (CHECKING) may be sent — content, size,
 * readability, its description's dates, and the request's duplicate guard — and their verdict written
 * to its row: QUEUED with its size, identity (and fingerprint, for a file modified just before), or
 * REFUSED with the reasons in the row's words. The duplicate guard of a file not read in full is
 * answered from the fingerprint of its sent bytes, before its finalisation ({@link #recordSent}).
 */
record FileChecks(UploadJournal journal, FileInspector inspector, DocumentDateRule dateRule, Clock clock) {

    /** What the checks of one recorded file decided; {@code item} is its row as they left it. */
    record Verdict(UploadItem item, List<String> refusals, List<String> warnings) {
        boolean isQueued() {
            return item.state() == UploadState.QUEUED;
        }
    }

    /** What the content checks found, with the identity taken before they read the file. */
    private record Inspection(FileReport report, FileIdentity identity) {
        String identityWire() {
            return identity == null ? null : identity.wire();
        }

        String sha256() {
            return report.hash().orElse("");
        }
    }

    private static final Logger LOG = Logger.getLogger(FileChecks.class.getName());
    /** A file previewed has no row yet: no row of the journal is excluded from its duplicate guard. */
    private static final UUID NO_ROW = new UUID(0, 0);

    /** The checks of a file not recorded yet, for showing a row; nothing is written. */
    FileCheck preview(String requestId, Path path) {
        Inspection inspection = inspect(path);
        FileReport report = inspection.report();
        List<String> refusals = new ArrayList<>(messages(report.refusals()));
        if (report.isAccepted()) {
            journal.findCopy(requestId, NO_ROW, inspection.sha256(), inspection.identityWire())
                    .ifPresent(existing -> refusals.add(duplicate(path, existing)));
        }
        return new FileCheck(path, report, refusals, messages(report.warnings()));
    }

    /**
     * Runs the checks of a CHECKING row and writes their verdict to it. Reads what the content checks
     * need, and the whole file only when it was modified just before (see {@link FileIdentity#isRacy}).
     */
    Verdict check(UploadItem item) {
        Path file = Path.of(item.filePath());
        Inspection inspection = inspect(file);
        FileReport report = inspection.report();
        List<String> warnings = messages(report.warnings());
        List<String> refusals = new ArrayList<>(messages(report.refusals()));
        refusals.addAll(messages(dateRule.check(DocumentCategory.fromWire(item.category()).orElse(null),
                Period.fromWire(item.period()).orElse(null), item.date() == null ? null : LocalDate.parse(item.date()))));
        if (refusals.isEmpty() && !journal.markChecked(item.id(), report.size(), inspection.identityWire(),
                inspection.sha256(), report.contentType().mimeType())) {
            UploadItem now = reload(item);
            if (now.state() != UploadState.CHECKING) {
                return new Verdict(now, List.of(), warnings); // cancelled, or checked by another process
            }
            journal.findCopy(item.requestId(), item.id(), inspection.sha256(), inspection.identityWire())
                    .ifPresent(existing -> refusals.add(duplicate(file, existing)));
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
     * The sending's half of the duplicate guard: {@code sha256}, the fingerprint of the bytes the
     * storage accepted, is recorded and the row marked UPLOADED — unless another file of the request
     * holds these bytes; then the row is refused as the duplicate it is, and its medium is never
     * finalised. True when the file may go on to its finalisation.
     */
    boolean recordSent(UploadItem item, String sha256) {
        if (journal.markUploaded(item.id(), sha256)) {
            return true;
        }
        UploadItem now = reload(item);
        if (now.state() != UploadState.MEDIUM_CREATED) {
            return false; // cancelled meanwhile
        }
        Optional<UploadItem> existing = journal.findCopy(item.requestId(), item.id(), sha256, null);
        if (existing.isEmpty()) {
            // The other file left the request between the two statements: record this one again.
            return recordSent(now, sha256);
        }
        journal.markSentDuplicate(item.id(), sha256, Messages.get("upload.duplicateSent", item.fileName(),
                existing.get().fileName(), UploadText.state(existing.get().state())));
        return false;
    }

    /**
     * The identity, then the inspection — in full when the identity cannot vouch for the content (a
     * file modified within the racy window of now, or whose attributes could not be read) — with any
     * failure of a parser refusing this file alone: the batch goes on with the others, and the analyst
     * reads why in the row.
     */
    private Inspection inspect(Path path) {
        FileIdentity identity;
        try {
            identity = FileIdentity.of(path);
        } catch (IOException unreadable) {
            identity = null; // the inspection says why, or fingerprints a file that appeared meanwhile
        }
        boolean fingerprint = identity == null || identity.isRacy(Instant.now(clock));
        try {
            return new Inspection(inspector.inspect(path, fingerprint), identity);
        } catch (RuntimeException | StackOverflowError failure) {
            String name = String.valueOf(path.getFileName());
            LOG.log(Level.WARNING, "the checks of a file failed", failure);
            return new Inspection(new FileReport(path, 0, null, null, List.of(Problem.of(
                    DocumentProblem.READ_FAILED, name, Messages.get("documents.notAnalysable"))), List.of()), identity);
        }
    }

    private UploadItem reload(UploadItem item) {
        return journal.find(item.id()).orElse(item);
    }

    private static String duplicate(Path path, UploadItem existing) {
        return Messages.get("upload.duplicate", String.valueOf(path.getFileName()), existing.fileName(),
                UploadText.state(existing.state()));
    }

    static List<String> messages(List<Problem<DocumentProblem>> issues) {
        return issues.stream().map(Problem::message).toList();
    }
}
