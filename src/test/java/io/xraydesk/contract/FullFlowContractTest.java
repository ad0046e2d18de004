package io.xraydesk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.Medium;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.api.model.Source;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.testing.LiveSandbox;
import io.xraydesk.testing.SandboxControl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole analyst flow, the real client against the sandbox over HTTP: create a request, declare two
 * documents, upload real PDFs by the S3 form, put them online, let sandbox time pass, read the five
 * X-Rays. Each step asserts what the next one relies on.
 */
class FullFlowContractTest {

    @RegisterExtension
    final LiveSandbox sandbox = new LiveSandbox(SandboxConfig.defaults());
    private final SandboxControl control = sandbox.control();
    private final OctoberClient client = control.client(RetryPolicy.defaults());
    private final S3Uploader uploader = control.uploader(RetryPolicy.defaults());

    @TempDir
    Path dir;

    @Test
    void createUploadFinaliseAndReadTheFiveXRays() throws Exception {
        AnalysisRequest request = client.createRequest(
                new NewRequest(CompanyCode.siren("514673987"), "Atelier Dupont", null, null));
        assertEquals(AnalysisRequest.STATUS_PENDING_ANALYSIS, request.status());
        assertEquals("1.1", request.stage());
        assertEquals(CompanyCode.siren("514673987"), request.code());

        Path statement = TestPdfs.write(dir.resolve("releve-mars.pdf"), "Bank statement March 2024",
                "Page two of the statement");
        Path accounts = TestPdfs.write(dir.resolve("bilan-2023.pdf"), "Certified accounts 2023");
        Medium bank = uploadAndFinalise(request.id(), "bank_statement", statement, "month", "2024-03-31");
        Medium annual = uploadAndFinalise(request.id(), "certified_financial_statement", accounts, "year",
                "2023-12-31");

        assertEquals(Medium.STATUS_PENDING_EXTRACTION, client.getMedium(bank.id()).status());
        assertEquals(new MediumMeta("releve-mars.pdf", "month", "2024-03-31"), client.getMedium(bank.id()).meta());
        assertEquals(Medium.STATUS_PENDING_EXTRACTION, annual.status());
        assertStored(request.id(), bank.id(), statement);
        assertStored(request.id(), annual.id(), accounts);

        assertTrue(client.listReports(request.id(), null).isEmpty(), "no X-Ray before sandbox time passes");
        control.advance(240);

        List<Report> reports = client.listReports(request.id(), null);
        Set<String> sources = reports.stream().map(Report::source).collect(Collectors.toSet());
        assertEquals(Arrays.stream(Source.values()).map(Source::wire).collect(Collectors.toSet()), sources);
        for (Report report : reports) {
            assertEquals(request.id(), report.request());
            assertNotNull(report.createdAt(), report.source() + " has a creation time");
            assertTrue(report.data() != null && report.data().isObject() && report.data().size() > 0,
                    report.source() + " carries data");
            assertEquals(report, client.getReport(report.id()));
        }
        assertEquals(List.of(reports.stream().filter(r -> r.source().equals("esg")).findFirst().orElseThrow()),
                client.listReports(request.id(), "esg"));
        assertFalse(client.getRequest(request.id()).stage().equals("1.1"), "the request moved on");
    }

    private Medium uploadAndFinalise(String requestId, String category, Path file, String period, String date)
            throws Exception {
        long size = Files.size(file);
        MediumDraft draft = client.createMedium(new NewMedium(category, requestId,
                new MediumMeta(file.getFileName().toString(), null, null), "application/pdf", size));
        assertEquals(Medium.STATUS_DRAFT, draft.medium().status());
        assertTrue(draft.upload().isPresignedPost(), "the sandbox signs an S3 POST form by default");
        AtomicLong sent = new AtomicLong();
        uploader.upload(draft.upload(), file, "application/pdf", (done, total) -> sent.set(done), null);
        assertEquals(size, sent.get(), "progress reached the whole file");
        return client.finaliseMedium(draft.medium().id(), MediumFinalisation.online(period, date));
    }

    private void assertStored(String requestId, String mediumId, Path file) throws Exception {
        JsonNode medium = null;
        for (JsonNode r : control.state().path("requests")) {
            if (r.path("id").asText().equals(requestId)) {
                for (JsonNode m : r.path("media")) {
                    if (m.path("id").asText().equals(mediumId)) {
                        medium = m;
                    }
                }
            }
        }
        assertNotNull(medium, "the sandbox knows medium " + mediumId);
        assertEquals(Files.size(file), medium.path("object").path("size").asLong());
        assertEquals(TestPdfs.sha256(file), medium.path("object").path("sha256").asText());
    }
}
