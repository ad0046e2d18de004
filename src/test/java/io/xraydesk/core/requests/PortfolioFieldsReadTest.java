package io.xraydesk.core.requests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.RequestNotes;
import io.xraydesk.api.model.Source;
import io.xraydesk.core.export.SandboxReports;
import io.xraydesk.core.watch.RequestRecords;
import io.xraydesk.core.watch.StageTrail;
import io.xraydesk.core.xray.XRayOutcome;
import io.xraydesk.core.xray.XRayStatus;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.store.LocalDatabase;
import io.xraydesk.store.RequestOrigin;
import io.xraydesk.testing.SandboxControl;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio decides each X-Ray from the values the request and report caches keep in columns, not from the
 * requests' and reports' JSON (docs/portfolio.md, Speed): for the sandbox's reports in each state, rated, not rated
 * and failed, and for X-Rays pending (since a creation with or without notes, or a document) or awaiting documents,
 * its lines say what the whole requests and reports say.
 */
class PortfolioFieldsReadTest {

    @TempDir
    Path folder;

    @Test
    void linesReadFromTheReportsFieldsSayWhatTheWholeReportsSay() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.builder().build());
             LocalDatabase database = LocalDatabase.open(folder.resolve("x.db"))) {
            ConnectionSettings settings = ConnectionSettings.defaults();
            HttpClient http = HttpClientFactory.create(settings);
            SandboxControl control = new SandboxControl(server);
            OctoberClient client = new OctoberClient(control.demoCredentials(), http, RetryPolicy.none(), settings);
            S3Uploader uploader = new S3Uploader(http, RetryPolicy.none(), settings);
            List<AnalysisRequest> requests = new ArrayList<>();
            for (String outcome : List.of("rated", "not_rated", "failed")) {
                AnalysisRequest request = client.createRequest(new NewRequest(CompanyCode.siren(SandboxReports.SIREN),
                        "Company " + outcome, null, null));
                for (Source source : Source.values()) {
                    control.orderOutcome(request.id(), source.wire(), outcome);
                }
                SandboxReports.upload(client, uploader, request, folder, "bank_statement", outcome + "-releve.pdf",
                        MediumFinalisation.online("quarter", "2024-06-30"));
                SandboxReports.upload(client, uploader, request, folder, "certified_financial_statement",
                        outcome + "-bilan.pdf", MediumFinalisation.online("year", null));
                requests.add(request);
            }
            control.advance(300);
            // Created after the others were analysed: its ESG and Manager X-Rays pending, the others awaiting.
            requests.add(client.createRequest(new NewRequest(CompanyCode.siren(SandboxReports.SIREN), "Company new",
                    null, null)));
            // Its notes launch its Financial X-Ray at its creation: pending too, since then.
            requests.add(client.createRequest(new NewRequest(CompanyCode.siren(SandboxReports.SIREN),
                    "Company with notes", null, new RequestNotes(null, 12, null, BigDecimal.valueOf(1_200_000), null,
                            null))));
            Instant now = Instant.now();
            for (AnalysisRequest request : requests) {
                database.requestCache().upsert(RequestRecords.toCached(client.getRequest(request.id()),
                        RequestOrigin.CREATED_HERE, StageTrail.EMPTY, now));
                for (Report report : client.listReports(request.id(), null)) {
                    database.reportCache().upsert(RequestRecords.toCached(report, now));
                }
            }

            PortfolioReader reader = new PortfolioReader(database);
            Set<XRayStatus> seen = EnumSet.noneOf(XRayStatus.class);
            List<PortfolioLine> lines = reader.lines();
            assertEquals(requests.size(), lines.size());
            for (PortfolioLine fromFields : lines) {
                PortfolioLine fromReports = reader.line(fromFields.id()).orElseThrow();
                for (Source source : Source.values()) {
                    XRayOutcome expected = fromReports.xray(source);
                    assertEquals(comparable(expected), comparable(fromFields.xray(source)),
                            fromFields.overview().cached().businessName() + ", " + source);
                    seen.add(expected.status());
                }
                assertEquals(fromReports.dataSanity(), fromFields.dataSanity());
                assertEquals(fromReports.probabilityOfDefault(), fromFields.probabilityOfDefault());
            }
            assertEquals(EnumSet.allOf(XRayStatus.class), seen, "every state among the sandbox's X-Rays");
            // The first screenful, each request read on its own, says what the whole read says of it.
            List<PortfolioLine> first = reader.firstLines(3);
            assertEquals(requests.size(), reader.count());
            assertEquals(lines.subList(0, 3).stream().map(PortfolioLine::id).toList(),
                    first.stream().map(PortfolioLine::id).toList(), "the first of the list's first order");
            for (int i = 0; i < first.size(); i++) {
                for (Source source : Source.values()) {
                    assertEquals(comparable(lines.get(i).xray(source)), comparable(first.get(i).xray(source)));
                }
            }
            assertEquals(XRayStatus.PENDING, lines.stream().filter(line -> line.id().equals(requests.get(4).id()))
                    .findFirst().orElseThrow().xray(Source.FINANCIAL).status(), "launched by the notes");
        }
    }

    /** What the screen, the exports and the changes since the last look read of an outcome. */
    private static List<Object> comparable(XRayOutcome outcome) {
        return Arrays.asList(outcome.source(), outcome.status(), outcome.grade(),
                outcome.probabilityOfDefault(), outcome.reason(), outcome.since(), outcome.reports(),
                outcome.latest() == null ? null : outcome.latest().id());
    }
}
