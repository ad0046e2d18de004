package io.xraydesk.core.audit;

import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.store.Analyst;
import io.xraydesk.store.AuditAction;
import io.xraydesk.store.AuditEntry;
import io.xraydesk.store.AuditLog;
import io.xraydesk.store.StoreException;
import io.xraydesk.store.UploadItem;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records in the audit trail what happens to requests outside the store's own changes: a request
 * created, a document online, a report received, an export. (Notes and decisions are recorded by the
 * store with the change itself.) Blocking: called on the thread that did the action.
 *
 * <p>What is recorded here already happened on the server or on disk: an audit trail that cannot be
 * written is logged, never turned into a failure of the action itself.
 */
public final class AuditRecorder {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class.getName());

    private final AuditLog log;
    private final Analyst analyst;
    private final Clock clock;

    public AuditRecorder(AuditLog log, Analyst analyst, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.analyst = Objects.requireNonNull(analyst, "analyst");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void requestCreated(AnalysisRequest request) {
        Map<String, String> details = new LinkedHashMap<>();
        if (request.code() != null) {
            put(details, "codeType", request.code().type());
            put(details, "code", request.code().id());
        }
        put(details, "businessName", request.businessName());
        record(request.id(), AuditAction.REQUEST_CREATED, request.id(), details);
    }

    /** A document is online on the API: its X-Rays start. One entry per medium, however often told. */
    public void documentSent(UploadItem item) {
        Map<String, String> details = new LinkedHashMap<>();
        put(details, "file", item.fileName());
        put(details, "category", item.category());
        put(details, "period", item.period());
        put(details, "date", item.date());
        put(details, "sha256", item.sha256());
        put(details, "medium", item.mediumId());
        record(item.requestId(), AuditAction.DOCUMENT_SENT, item.id().toString(), details);
    }

    /** A report first seen by this workstation. One entry per report, however often it is read. */
    public void reportReceived(String requestId, Report report) {
        Map<String, String> details = new LinkedHashMap<>();
        put(details, "source", report.source());
        put(details, "grade", report.score());
        put(details, "reportDate", report.createdAt() == null ? null : report.createdAt().toString());
        record(requestId, AuditAction.REPORT_RECEIVED, report.id(), details);
    }

    /** Reports of the request written to a file; every export is an entry of its own. */
    public void exported(String requestId, String format, Path file, int reports) {
        Map<String, String> details = new LinkedHashMap<>();
        put(details, "format", format);
        put(details, "file", file.getFileName() == null ? file.toString() : file.getFileName().toString());
        put(details, "reports", Integer.toString(reports));
        record(requestId, AuditAction.EXPORTED, null, details);
    }

    /** A credit memo of the request written to a file; every memo is an entry of its own. */
    public void memoProduced(String requestId, Path file, Locale language) {
        Map<String, String> details = new LinkedHashMap<>();
        put(details, "format", "pdf");
        put(details, "file", file.getFileName() == null ? file.toString() : file.getFileName().toString());
        put(details, "language", language.getLanguage());
        record(requestId, AuditAction.MEMO_PRODUCED, null, details);
    }

    private void record(String requestId, AuditAction action, String subject, Map<String, String> details) {
        try {
            log.record(new AuditEntry(requestId, action, subject, analyst, clock.instant(), details));
        } catch (StoreException notRecorded) {
            LOG.log(Level.WARNING, "audit entry " + action.wire() + " of request " + requestId + " not recorded: "
                    + notRecorded.getMessage());
        }
    }

    private static void put(Map<String, String> details, String key, String value) {
        if (value != null && !value.isBlank()) {
            details.put(key, value);
        }
    }
}
