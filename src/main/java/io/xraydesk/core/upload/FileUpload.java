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
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The documented three steps for one file (docs/october-api.md, Media and uploads, E3–E5), driven by its journal state
 * so that the same code runs a fresh file and a file left half-way by a crash: QUEUED → create the medium;
 * MEDIUM_CREATED → send the bytes with the stored upload data; UPLOADED → put the medium online. Every step is written
 * to the journal as soon as it succeeded; a compare-and-set that does not apply means the analyst cancelled meanwhile,
 * and the run stops.
 */
final class FileUpload {

    /**
     * Fresh upload data asked for in one run when S3 says the previous data expired. More than one
     * would mean the storage clock or the server is wrong, not that the data aged: stop and say so.
     */
    private static final int MAX_TARGET_REFRESHES = 2;

    private final UploadJournal journal;
    private final OctoberClient client;
    private final S3Uploader uploader;
    private final UploadJob job;
    private final Runnable onProgress;

    FileUpload(UploadJournal journal, OctoberClient client, S3Uploader uploader, UploadJob job, Runnable onProgress) {
        this.journal = journal;
        this.client = client;
        this.uploader = uploader;
        this.job = job;
        this.onProgress = onProgress;
    }

    /** Runs the remaining steps; returns when the file is online or was withdrawn. */
    void run() throws IOException {
        int refreshes = 0;
        while (true) {
            UploadItem item = reload();
            switch (item.state()) {
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
     * mayRefresh} allows asking for fresh data; the file is checked against what was queued first, so a changed file is never sent.
     */
    private boolean send(UploadItem item, boolean mayRefresh) throws IOException {
        job.phase = UploadJob.Phase.SENDING;
        Path file = Path.of(item.filePath());
        FileFingerprint.requireUnchanged(file, item.sizeBytes(), item.sha256(), job.hashedAt);
        UploadTarget target = fromJson(item.uploadTargetJson());
        try {
            uploader.upload(target, file, item.contentType(), (sent, total) -> {
                job.bytesSent = sent;
                job.rate.record(System.nanoTime(), sent);
                onProgress.run();
            }, job.cancellation);
        } catch (UploadRejectedException rejected) {
            if (rejected.isExpired() && mayRefresh) {
                job.bytesSent = 0;
                return false;
            }
            throw rejected;
        }
        journal.markUploaded(item.id());
        return true;
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
