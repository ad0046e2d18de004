package io.xraydesk.core.portfolio;

import io.xraydesk.store.ImportBatch;
import io.xraydesk.store.ImportCompany;
import io.xraydesk.store.ImportCompanyState;
import io.xraydesk.store.UploadItem;
import io.xraydesk.store.UploadJournal;
import io.xraydesk.store.UploadState;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a batch, from its journal and the upload journal: one line per company (its state, its
 * request, its documents queued, online, failed and refused, and why) and the totals. Documents count when
 * the upload journal holds them for the company's request since the batch began.
 */
public record ImportReport(ImportBatch batch, List<Line> lines) {

    public ImportReport {
        lines = List.copyOf(lines);
    }

    /** One company: what the journal says and where its documents are. */
    public record Line(ImportCompany company, int documentsOnline, int documentsFailed, int documentsWaiting) {
    }

    public static ImportReport of(ImportBatch batch, List<ImportCompany> companies, UploadJournal uploads) {
        List<Line> lines = new ArrayList<>();
        for (ImportCompany company : companies) {
            int online = 0;
            int failed = 0;
            int waiting = 0;
            if (company.requestId() != null) {
                for (UploadItem item : uploads.forRequest(company.requestId())) {
                    if (item.createdAt().isBefore(batch.createdAt())) {
                        continue;
                    }
                    if (item.state() == UploadState.ONLINE) {
                        online++;
                    } else if (item.state() == UploadState.FAILED) {
                        failed++;
                    } else if (!item.state().isFinal()) {
                        waiting++;
                    }
                }
            }
            lines.add(new Line(company, online, failed, waiting));
        }
        return new ImportReport(batch, lines);
    }

    public long count(ImportCompanyState state) {
        return lines.stream().filter(line -> line.company().state() == state).count();
    }

    public int documentsOnline() {
        return lines.stream().mapToInt(Line::documentsOnline).sum();
    }

    public int documentsFailed() {
        return lines.stream().mapToInt(Line::documentsFailed).sum();
    }

    public int documentsWaiting() {
        return lines.stream().mapToInt(Line::documentsWaiting).sum();
    }

    public int documentsRefused() {
        return lines.stream().mapToInt(line -> line.company().documentsRefused()).sum();
    }

    /** Every company has its request and every document is online: nothing for the analyst to look at. */
    public boolean isComplete() {
        return lines.stream().allMatch(line -> line.company().state().hasRequest() && line.documentsFailed() == 0
                && line.documentsWaiting() == 0 && line.company().documentsRefused() == 0
                && line.company().documentsQueued() != null);
    }
}
