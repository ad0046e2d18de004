package io.xraydesk.core.upload;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.xraydesk.api.ConflictException;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.OutcomeUnknownException;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.UploadRejectedException;
import io.xraydesk.api.model.Medium;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.UploadTarget;
import io.xraydesk.api.model.WireJson;
import io.xraydesk.core.i18n.Messages;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The steps for one file, driven by its journal state so that the same code runs a fresh file and a
 * file left half-way by a crash: CHECKING → run its checks (a crash came before them); QUEUED → create
 * the medium; MEDIUM_CREATED → send the bytes with the stored upload data; UPLOADED → put the medium
 * online (the three documented steps, docs/october-api.md, Media and uploads, E3–E5). Every step is
 * written to the journal as soon as it succeeded; a compare-and-set that does not apply means the
 * analyst cancelled meanwhile, and the run stops.
 */
record FileUpload(UploadJournal journal, FileChecks checks, OctoberClient client, S3Uploader uploader, UploadJob job,
        Runnable onProgress) {

    /**
     * Fresh upload data asked for in one run when S3 says the previous data expired. More than one
     * would mean the storage clock or the server is wrong, not that the data aged: stop and say so.
     */
    private static final int MAX_TARGET_REFRESHES = 2;

    /** Runs the remaining steps; returns when the file is online or was withdrawn. */
    void run() throws IOException {
        int refreshes = 0;
        while (true) {
            UploadItem item = reload();
            switch (item.state()) {
                case CHECKING -> checks.check(item);
                case QUEUED -> createMedium(item);
                case MEDIUM_CREATED -> {
                    if (!send(item, refreshes < MAX_TARGET_REFRESHES)) {
                        refreshes++;
                        createMedium(item);
                    }
                }
                case UPLOADED -> {
                    finalise(item);
                    reload();
                    return;
                }
                default -> {
                    return;
                }
            }
        }
    }

    private UploadItem reload() {
        UploadItem item = journal.find(job.id).orElseThrow(() -> new IllegalStateException("not in the journal"));
        job.item = item;
        return item;
    }

    /** Step 1: a medium in draft and the upload data, both kept in the journal. */
    private void createMedium(UploadItem item) {
        job.phase = UploadJob.Phase.CREATING;
        MediumDraft draft = client.createMedium(new NewMedium(item.category(), item.requestId(),
                new MediumMeta(item.fileName(), item.period(), item.date()), item.contentType(), item.sizeBytes()));
        journal.markMediumCreated(item.id(), draft.medium().id(), toJson(draft.upload()));
    }

    /**
     * Step 2, from disk with progress. Returns false when S3 said the upload data expired and {@code
     * mayRefresh} allows asking for fresh data. This is the one read of the file: its bytes are
     * fingerprinted as they are sent, and the file only moves on to its finalisation when they are
     * the bytes its checks saw — its identity unchanged from the checks to the end of the sending,
     * and their fingerprint equal to the one the checks took, when they took one. A file written
     * meanwhile is never put online (the medium stays a draft) and fails as changed, so that a retry
     * checks it again and sends it as a new version. Bytes already in the request's uploads are
     * refused as a duplicate, also never finalised (docs/uploads.md, Fingerprints).
     */
    private boolean send(UploadItem item, boolean mayRefresh) throws IOException {
        job.phase = UploadJob.Phase.SENDING;
        Path file = Path.of(item.filePath());
        FileIdentity before = FileIdentity.of(file);
        if (before.size() != item.sizeBytes()) {
            // Known before a byte is sent: no need to send it to find out.
            throw new FileChangedException(Messages.get("upload.changedSize", item.sizeBytes(), before.size()));
        }
        checkIdentity(item, before);
        UploadTarget target = fromJson(item.uploadTargetJson());
        String sent;
        try {
            sent = uploader.upload(target, file, item.contentType(), (done, total) -> {
                job.bytesSent = done;
                job.rate.record(System.nanoTime(), done);
                onProgress.run();
            }, job.cancellation);
        } catch (UploadRejectedException rejected) {
            if (rejected.isExpired() && mayRefresh) {
                job.bytesSent = 0;
                return false;
            }
            throw rejected;
        }
        checkIdentity(item, FileIdentity.of(file));
        if (!item.sha256().isEmpty() && !sent.equals(item.sha256())) {
            throw new FileChangedException(Messages.get("upload.changedWhileSending"));
        }
        checks.recordSent(item, sent);
        return true;
    }

    /** Rows checked before identities were kept have none: their recorded fingerprint is the guard. */
    private static void checkIdentity(UploadItem item, FileIdentity now) {
        if (item.fileIdentity() != null && !item.fileIdentity().equals(now.wire())) {
            throw new FileChangedException(Messages.get("upload.changedWhileSending"));
        }
    }

    /**
     * Step 3. A file resumed in this state may have been finalised just before the crash: the medium is
     * looked at first, and finalising is never sent twice. A 409, or an answer lost on the way, is
     * reconciled the same way.
     */
    private void finalise(UploadItem item) {
        job.phase = UploadJob.Phase.FINALISING;
        String mediumId = item.mediumId();
        if (job.resumed && isOnline(client.getMedium(mediumId))) {
            journal.markOnline(item.id());
            return;
        }
        MediumFinalisation online = MediumFinalisation.online(item.period(), item.date());
        try {
            client.finaliseMedium(mediumId, online);
        } catch (ConflictException conflict) {
            if (!isOnline(client.getMedium(mediumId))) {
                throw conflict;
            }
        } catch (OutcomeUnknownException unknown) {
            Medium medium = client.getMedium(mediumId);
            if (Medium.STATUS_DRAFT.equals(medium.status())) {
                // The finalisation did not reach the server: sending it again cannot finalise twice.
                client.finaliseMedium(mediumId, online);
            } else if (!isOnline(medium)) {
                throw unknown;
            }
        }
        journal.markOnline(item.id());
    }

    /** Online, or already past it: the sandbox and the API move an online medium on to extraction. */
    private static boolean isOnline(Medium medium) {
        return Medium.STATUS_ONLINE.equals(medium.status())
                || Medium.STATUS_PENDING_EXTRACTION.equals(medium.status());
    }

    private static String toJson(UploadTarget target) {
        try {
            return WireJson.mapper().writeValueAsString(target);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UploadTarget fromJson(String json) {
        try {
            return WireJson.mapper().readValue(json, UploadTarget.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
