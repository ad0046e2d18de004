package io.xraydesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The durable table behind the upload queue. Every state change is a compare-and-set: an UPDATE
 * guarded by the states it may leave, committed before the method returns, reporting whether it
 * applied. So a file is never finalised twice, even when two workers or a restart race.
 */
public final class UploadJournal {

    static final String SELECT_ALL = "SELECT id, request_id, file_path, file_name, size_bytes, sha256, "
            + "file_identity, content_type, category, period, date, state, medium_id, upload_target_json, failure_kind, "
            + "failure_message, attempts, created_at, updated_at FROM upload_journal";

    private static final String INSERT = "INSERT INTO upload_journal (id, request_id, file_path, file_name, "
            + "size_bytes, sha256, file_identity, content_type, category, period, date, state, medium_id, "
            + "upload_target_json, failure_kind, failure_message, attempts, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * The duplicate guard, for the row being updated: another file of its request, not cancelled or
     * refused, with the same fingerprint (when one is given) or the same file identity (when one is
     * given). Parameters: fingerprint, fingerprint, identity.
     */
    private static final String NO_OTHER_COPY = " AND NOT EXISTS (SELECT 1 FROM upload_journal other WHERE "
            + "other.request_id = upload_journal.request_id AND other.id <> upload_journal.id AND other.state NOT IN "
            + "('CANCELLED', 'REFUSED') AND ((? <> '' AND other.sha256 = ?) OR other.file_identity = ?))";

    private static final UploadState[] NOT_FINAL = Arrays.stream(UploadState.values())
            .filter(state -> !state.isFinal()).toArray(UploadState[]::new);

    private final LocalDatabase database;
    private final Clock clock;

    UploadJournal(LocalDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The lock every process takes before it works on a row of this journal. */
    public SenderLock senderLock() {
        return SenderLock.of(database.file(), clock);
    }

    /** Adds a file to the journal. */
    public void enqueue(UploadItem item) {
        record(List.of(item));
    }

    /**
     * Adds every file the analyst named in one transaction: after a crash, either all of them are in
     * the journal or none is (and the command that named them never said it started).
     */
    public void record(List<UploadItem> items) {
        database.write(c -> {
            for (UploadItem item : items) {
                Sql.update(c, INSERT, item.id().toString(), item.requestId(), item.filePath(), item.fileName(),
                        item.sizeBytes(), item.sha256(), item.fileIdentity(), item.contentType(), item.category(), item.period(),
                        item.date(), item.state().name(), item.mediumId(), item.uploadTargetJson(),
                        item.failureKind(), item.failureMessage(), item.attempts(), item.createdAt(), item.updatedAt());
            }
            return null;
        });
    }

    public Optional<UploadItem> find(UUID id) {
        return query(" WHERE id = ?", id.toString()).stream().findFirst();
    }

    /** Every file of every request, oldest first: one read for a whole portfolio. */
    public List<UploadItem> all() {
        return query(" ORDER BY created_at, rowid");
    }

    /** All files of one request, oldest first (the order they were added). */
    public List<UploadItem> forRequest(String requestId) {
        return query(" WHERE request_id = ? ORDER BY created_at, rowid", requestId);
    }

    /** Files the queue should carry on with after a start: QUEUED, MEDIUM_CREATED, UPLOADED. */
    public List<UploadItem> resumable() {
        List<UploadState> states = List.copyOf(UploadState.RESUMABLE);
        return query(" WHERE state IN (" + placeholders(states.size()) + ") ORDER BY created_at, rowid",
                states.stream().map(UploadState::name).toArray(String[]::new));
    }

    /** Parked files waiting for the user to requeue or cancel them. */
    public List<UploadItem> failed() {
        return query(" WHERE state = 'FAILED' ORDER BY created_at, rowid");
    }

    /**
     * The duplicate guard: the latest other file of this request, unless it was cancelled or refused
     * (such a file may be added again), with these bytes ({@code sha256}, when not empty) or that is
     * this very file unchanged ({@code fileIdentity}, when not null).
     */
    public Optional<UploadItem> findCopy(String requestId, UUID except, String sha256, String fileIdentity) {
        return query(" WHERE request_id = ? AND id <> ? AND state NOT IN ('CANCELLED', 'REFUSED') AND "
                + "((? <> '' AND sha256 = ?) OR file_identity = ?) ORDER BY created_at DESC, rowid DESC", requestId,
                except.toString(), sha256, sha256, fileIdentity).stream().findFirst();
    }

    /**
     * The checks accepted the file: records what they found and queues it, unless another file of the
     * request already holds these bytes or is this same file (see {@link #findCopy}). The duplicate
     * test and the update are one statement, so two processes checking the same file at once cannot
     * both queue it. {@code sha256} is empty when the checks did not read the whole file: the sending
     * fingerprints it. False when it did not apply: a duplicate, or the row left CHECKING meanwhile
     * (cancelled).
     */
    public boolean markChecked(UUID id, long sizeBytes, String fileIdentity, String sha256, String contentType) {
        return database.write(c -> Sql.update(c, "UPDATE upload_journal SET state = 'QUEUED', size_bytes = ?, "
                + "file_identity = ?, sha256 = ?, content_type = ?, updated_at = ? WHERE id = ? AND state = 'CHECKING'"
                + NO_OTHER_COPY, sizeBytes, fileIdentity, sha256, contentType, Instant.now(clock), id.toString(),
                sha256, sha256, fileIdentity) == 1);
    }

    /** The checks refused the file: it stays in the journal, final, with the reasons in the analyst's words. */
    public boolean markRefused(UUID id, long sizeBytes, String reasons) {
        return transition(id, "state = 'REFUSED', size_bytes = ?, failure_kind = 'REFUSED', failure_message = ?",
                Arrays.asList(sizeBytes, reasons), UploadState.CHECKING);
    }

    /**
     * A medium was created for this file; records it with the storage form data of this attempt. Also
     * allowed again from MEDIUM_CREATED, when the previous form data expired and fresh data was asked for.
     */
    public boolean markMediumCreated(UUID id, String mediumId, String uploadTargetJson) {
        return transition(id, "state = 'MEDIUM_CREATED', medium_id = ?, upload_target_json = ?, "
                        + "attempts = attempts + 1", Arrays.asList(mediumId, uploadTargetJson),
                UploadState.QUEUED, UploadState.MEDIUM_CREATED);
    }

    /**
     * The bytes reached storage, and {@code sha256} is their fingerprint; only after a medium was
     * created, and only when no other file of the request holds these bytes: the duplicate guard of a
     * file whose checks did not read it in full, answered before its finalisation in the same
     * statement. False when it did not apply: a duplicate, or the row left MEDIUM_CREATED (cancelled).
     */
    public boolean markUploaded(UUID id, String sha256) {
        return database.write(c -> Sql.update(c, "UPDATE upload_journal SET state = 'UPLOADED', sha256 = ?, "
                + "updated_at = ? WHERE id = ? AND state = 'MEDIUM_CREATED'" + NO_OTHER_COPY, sha256,
                Instant.now(clock), id.toString(), sha256, sha256, null) == 1);
    }

    /**
     * The bytes sent are already in the request's uploads (see {@link #markUploaded}): the file is
     * refused, final, with its fingerprint and the reasons; its medium stays a draft, never finalised.
     */
    public boolean markSentDuplicate(UUID id, String sha256, String reasons) {
        return transition(id, "state = 'REFUSED', sha256 = ?, failure_kind = 'REFUSED', failure_message = ?, "
                + "upload_target_json = NULL", Arrays.asList(sha256, reasons), UploadState.MEDIUM_CREATED);
    }

    /** The medium was finalised; only once, and only after the upload. */
    public boolean markOnline(UUID id) {
        return transition(id, "state = 'ONLINE', upload_target_json = NULL", List.of(), UploadState.UPLOADED);
    }

    /** Parks the file with why it failed; from any state that is not final. */
    public boolean markFailed(UUID id, String failureKind, String failureMessage) {
        return transition(id, "state = 'FAILED', failure_kind = ?, failure_message = ?",
                Arrays.asList(failureKind, failureMessage), NOT_FINAL);
    }

    /**
     * Puts a failed file back in the queue for a fresh attempt: the failure and the previous attempt's
     * medium and form data are cleared, so the next attempt starts by creating a new medium. The file
     * is checked again first (its fingerprint and identity cleared): a file that changed is then sent as it is now,
     * a new version.
     */
    public boolean requeue(UUID id) {
        return transition(id, "state = 'CHECKING', sha256 = '', file_identity = NULL, failure_kind = NULL, "
                + "failure_message = NULL, medium_id = NULL, upload_target_json = NULL", List.of(), UploadState.FAILED);
    }

    /** Withdraws a file that is not online yet. */
    public boolean cancel(UUID id) {
        return transition(id, "state = 'CANCELLED', upload_target_json = NULL", List.of(), NOT_FINAL);
    }

    private boolean transition(UUID id, String assignments, List<?> values, UploadState... from) {
        StringBuilder sql = new StringBuilder("UPDATE upload_journal SET ").append(assignments)
                .append(", updated_at = ? WHERE id = ? AND state IN (").append(placeholders(from.length)).append(')');
        List<Object> parameters = new ArrayList<>(values);
        parameters.add(Instant.now(clock));
        parameters.add(id.toString());
        for (UploadState state : from) {
            parameters.add(state.name());
        }
        return database.write(c -> Sql.update(c, sql.toString(), parameters.toArray()) == 1);
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private List<UploadItem> query(String where, String... parameters) {
        return database.read(c -> Sql.list(c, SELECT_ALL + where, UploadJournal::item, parameters));
    }

    static UploadItem item(ResultSet rs) throws SQLException {
        return new UploadItem(
                UUID.fromString(rs.getString("id")),
                rs.getString("request_id"),
                rs.getString("file_path"),
                rs.getString("file_name"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("file_identity"),
                rs.getString("content_type"),
                rs.getString("category"),
                rs.getString("period"),
                rs.getString("date"),
                UploadState.valueOf(rs.getString("state")),
                rs.getString("medium_id"),
                rs.getString("upload_target_json"),
                rs.getString("failure_kind"),
                rs.getString("failure_message"),
                rs.getInt("attempts"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
