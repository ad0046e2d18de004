package io.xraydesk.core.audit;

import io.xraydesk.core.export.ExportFormat;
import io.xraydesk.core.export.ExportListener;
import io.xraydesk.core.export.ExportSubject;
import java.nio.file.Path;
import java.util.Objects;

/** Puts each completed export of reports into the audit trail of their request. */
public final class ExportAudit implements ExportListener {

    private final AuditRecorder recorder;

    public ExportAudit(AuditRecorder recorder) {
        this.recorder = Objects.requireNonNull(recorder, "recorder");
    }

    @Override
    public void exported(ExportSubject subject, ExportFormat format, Path file) {
        recorder.exported(subject.request().id(), format.extension(), file, subject.reports().size());
    }
}
