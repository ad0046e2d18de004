package io.xraydesk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The journal of portfolio imports: what a restarted import reads to continue where it stopped and never
 * create a company's request twice. Each change is one transaction, on disk when the call returns.
 */
public final class ImportJournal {

    private static final String BATCH_COLUMNS = "SELECT id, list_file, list_sha256, documents_root, state, "
            + "created_at, updated_at FROM import_batch";
    private static final String COMPANY_COLUMNS = "SELECT batch_id, line, code_type, code_id, business_name, "
            + "state, request_id, documents_queued, documents_refused, reason, updated_at FROM import_company";
    private static final String INSERT_COMPANY = "INSERT INTO import_company (batch_id, line, code_type, code_id, "
            + "business_name, state, request_id, documents_queued, documents_refused, reason, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final LocalDatabase database;
    private final Clock clock;

    ImportJournal(LocalDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records a new batch with all its companies, in one transaction. */
    public void start(ImportBatch batch, List<ImportCompany> companies) {
        database.write(c -> {
            Sql.update(c, "INSERT INTO import_batch (id, list_file, list_sha256, documents_root, state, created_at, "
                    + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", batch.id(), batch.listFile(), batch.listSha256(),
                    batch.documentsRoot(), batch.state(), batch.createdAt(), batch.updatedAt());
            try (PreparedStatement s = c.prepareStatement(INSERT_COMPANY)) {
                for (ImportCompany company : companies) {
                    Sql.bind(s, company.batchId(), company.line(), company.codeType(), company.codeId(),
                            company.businessName(), company.state().name(), company.requestId(),
                            company.documentsQueued(), company.documentsRefused(), company.reason(),
                            company.updatedAt());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** The newest unfinished batch of this list (same path, same content) and documents folder. */
    public Optional<ImportBatch> unfinished(String listFile, String listSha256, String documentsRoot) {
        return batches(" WHERE list_file = ? AND list_sha256 = ? AND COALESCE(documents_root, '') = ? AND state = ?"
                + " ORDER BY created_at DESC, rowid DESC", listFile, listSha256,
                documentsRoot == null ? "" : documentsRoot, ImportBatch.RUNNING).stream().findFirst();
    }

    public Optional<ImportBatch> batch(String id) {
        return batches(" WHERE id = ?", id).stream().findFirst();
    }

    /** The most recently started batch. */
    public Optional<ImportBatch> latest() {
        return batches(" ORDER BY created_at DESC, rowid DESC LIMIT 1").stream().findFirst();
    }

    /** Every batch, newest first: the portfolio view's batch filter. */
    public List<ImportBatch> batches() {
        return batches(" ORDER BY created_at DESC, rowid DESC");
    }

    /**
     * The batch that last brought each request in (created or reused it), by request id: one query for
     * the whole portfolio.
     */
    public Map<String, String> latestBatchByRequest() {
        List<String[]> pairs = database.read(c -> Sql.list(c, "SELECT ic.request_id, ic.batch_id FROM import_company ic"
                + " JOIN import_batch ib ON ib.id = ic.batch_id WHERE ic.request_id IS NOT NULL"
                + " ORDER BY ib.created_at, ib.rowid", rs -> new String[] {rs.getString(1), rs.getString(2)}));
        Map<String, String> byRequest = new HashMap<>();
        pairs.forEach(pair -> byRequest.put(pair[0], pair[1]));
        return byRequest;
    }

    /** The companies of a batch in list order. */
    public List<ImportCompany> companies(String batchId) {
        return database.read(c -> Sql.list(c, COMPANY_COLUMNS + " WHERE batch_id = ? ORDER BY line",
                ImportJournal::company, batchId));
    }

    public Optional<ImportCompany> company(String batchId, int line) {
        return database.read(c -> Sql.list(c, COMPANY_COLUMNS + " WHERE batch_id = ? AND line = ?",
                ImportJournal::company, batchId, line)).stream().findFirst();
    }

    /** Written before the creation is sent: a run that finds it later knows the outcome is unknown. */
    public void markCreating(String batchId, int line) {
        set(batchId, line, "state = ?, reason = NULL", ImportCompanyState.CREATING.name());
    }

    /** The company has its request, created by this batch or reused. */
    public void markRequest(String batchId, int line, ImportCompanyState state, String requestId) {
        set(batchId, line, "state = ?, request_id = ?, reason = NULL", state.name(), requestId);
    }

    /** Back to PENDING with why the last try failed, when it surely created nothing. */
    public void markPending(String batchId, int line, String reason) {
        set(batchId, line, "state = ?, reason = ?", ImportCompanyState.PENDING.name(), reason);
    }

    public void markOutcomeUnknown(String batchId, int line, String reason) {
        set(batchId, line, "state = ?, reason = ?", ImportCompanyState.OUTCOME_UNKNOWN.name(), reason);
    }

    public void markRefused(String batchId, int line, String reason) {
        set(batchId, line, "state = ?, reason = ?", ImportCompanyState.REFUSED.name(), reason);
    }

    /** The documents were handed to the upload queue ({@code refused} of them were not, for {@code reason}). */
    public void markDocumentsQueued(String batchId, int line, int queued, int refused, String reason) {
        set(batchId, line, "documents_queued = ?, documents_refused = ?, reason = ?", queued, refused, reason);
    }

    public void finish(String batchId) {
        database.write(c -> Sql.update(c, "UPDATE import_batch SET state = ?, updated_at = ? WHERE id = ?",
                ImportBatch.FINISHED, Instant.now(clock), batchId));
    }

    private void set(String batchId, int line, String assignments, Object... values) {
        Object[] parameters = new Object[values.length + 3];
        System.arraycopy(values, 0, parameters, 0, values.length);
        parameters[values.length] = Instant.now(clock);
        parameters[values.length + 1] = batchId;
        parameters[values.length + 2] = line;
        database.write(c -> Sql.update(c, "UPDATE import_company SET " + assignments
                + ", updated_at = ? WHERE batch_id = ? AND line = ?", parameters));
    }

    private List<ImportBatch> batches(String tail, Object... parameters) {
        return database.read(c -> Sql.list(c, BATCH_COLUMNS + tail, ImportJournal::batch, parameters));
    }

    private static ImportBatch batch(ResultSet rs) throws SQLException {
        return new ImportBatch(rs.getString("id"), rs.getString("list_file"), rs.getString("list_sha256"),
                rs.getString("documents_root"), rs.getString("state"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"));
    }

    private static ImportCompany company(ResultSet rs) throws SQLException {
        int queued = rs.getInt("documents_queued");
        Integer documentsQueued = rs.wasNull() ? null : queued;
        return new ImportCompany(rs.getString("batch_id"), rs.getInt("line"), rs.getString("code_type"),
                rs.getString("code_id"), rs.getString("business_name"),
                ImportCompanyState.valueOf(rs.getString("state")), rs.getString("request_id"), documentsQueued,
                rs.getInt("documents_refused"), rs.getString("reason"), Sql.instant(rs, "updated_at"));
    }
}
