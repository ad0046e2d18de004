package io.xraydesk.ui.dashboard;

import io.xraydesk.api.model.Source;
import io.xraydesk.store.CachedReport;
import io.xraydesk.store.CachedRequest;
import io.xraydesk.store.ImportBatch;
import io.xraydesk.store.ImportCompany;
import io.xraydesk.store.ImportCompanyState;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A portfolio written straight into a database, as the cache holds one after the watcher fetched it:
 * company {@code i} is "Company i", updated {@code i} hours before {@code now}, with a Financial X-Ray graded
 * {@code GRADES[i % 5]} (probability of default {@code (i % 5 + 1) %}), a Bank X-Ray graded {@code
 * GRADES[(i + 1) % 5]} (data sanity {@code 80 + i % 20}), and ESG and Manager X-Rays; Doc has no report.
 */
public final class PortfolioRows {

    public static final String[] GRADES = {"A", "B", "C", "D", "E"};

    private PortfolioRows() {
    }

    public static String id(int i) {
        return String.format("%024x", 0x7a5107e4L * 100_000 + i);
    }

    /** Writes {@code count} companies with their reports into {@code database}; returns their ids. */
    public static List<String> fill(LocalDatabase database, int count, Instant now) {
        List<CachedRequest> requests = new ArrayList<>(count);
        List<CachedReport> reports = new ArrayList<>(count * 4);
        for (int i = 0; i < count; i++) {
            Instant updated = now.minus(i, ChronoUnit.HOURS);
            String siren = i % 2 == 0 ? "514673987" : "732829320";
            requests.add(new CachedRequest(id(i), "siren", siren, "Company " + i, "analysed", "3.1",
                    updated.minus(1, ChronoUnit.DAYS), updated, "{\"id\":\"" + id(i) + "\"}", now,
                    RequestOrigin.CREATED_HERE, null));
            reports.add(report(i, Source.FINANCIAL, GRADES[i % 5],
                    "{\"probabilityOfDefault\":" + (i % 5 + 1) / 100.0 + "}", updated));
            reports.add(report(i, Source.BANK, GRADES[(i + 1) % 5], "{\"dataSanity\":" + (80 + i % 20) + "}",
                    updated));
            reports.add(report(i, Source.ESG, GRADES[(i + 2) % 5], "{}", updated));
            reports.add(report(i, Source.MANAGER, null, "{}", updated));
        }
        database.requestCache().upsertAll(requests);
        reports.forEach(database.reportCache()::upsert);
        return requests.stream().map(CachedRequest::id).toList();
    }

    /** Journals an import batch of list {@code listFile} that brought in the companies {@code from} to {@code to}. */
    public static ImportBatch importBatch(LocalDatabase database, String listFile, int from, int to, Instant at) {
        ImportBatch batch = new ImportBatch("batch-" + listFile, "/lists/" + listFile, "sha-" + listFile, null,
                ImportBatch.FINISHED, at, at);
        List<ImportCompany> companies = new ArrayList<>();
        for (int i = from; i < to; i++) {
            companies.add(new ImportCompany(batch.id(), i - from + 1, "siren", "514673987", "Company " + i,
                    ImportCompanyState.CREATED, id(i), 0, 0, null, at));
        }
        database.importJournal().start(batch, companies);
        return batch;
    }

    private static CachedReport report(int i, Source source, String grade, String data, Instant at) {
        String reportId = String.format("%024x", 0x3e9ba07L * 1_000_000 + i * 10L + source.ordinal());
        String score = grade == null ? "null" : "\"" + grade + "\"";
        return new CachedReport(reportId, id(i), source.wire(), grade, at, "{\"id\":\"" + reportId + "\",\"request\":\""
                + id(i) + "\",\"source\":\"" + source.wire() + "\",\"score\":" + score + ",\"createdAt\":\"" + at
                + "\",\"data\":" + data + "}", at);
    }
}
