package io.xraydesk.core.export;

import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.S3Uploader;
import io.xraydesk.api.UploadCancellation;
import io.xraydesk.api.UploadProgressListener;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.CompanyCode;
import io.xraydesk.api.model.MediumDraft;
import io.xraydesk.api.model.MediumFinalisation;
import io.xraydesk.api.model.MediumMeta;
import io.xraydesk.api.model.NewMedium;
import io.xraydesk.api.model.NewRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.testing.SandboxControl;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The five X-Rays of one company, produced by an in-process sandbox over real HTTP the way the app
 * gets them: create a request, upload a bank statement and certified accounts through the client,
 * advance sandbox time, list the reports.
 */
public final class SandboxReports implements AutoCloseable {

    /** Accents on purpose: they must survive every export. */
    public static final String COMPANY = "Boulangerie Étoile & Fils";
    public static final String SIREN = "514673987";

    public final SandboxServer server;
    public final OctoberClient client;
    public final AnalysisRequest request;
    public final List<Report> reports;

    private SandboxReports(SandboxServer server, OctoberClient client, AnalysisRequest request, List<Report> reports) {
        this.server = server;
        this.client = client;
        this.request = request;
        this.reports = reports;
    }

    public static SandboxReports produce(int bankTransactions, Path scratch) throws Exception {
        SandboxServer server = SandboxServer.start(SandboxConfig.builder()
                .bankTransactionsPerReport(bankTransactions).build());
        try {
            ConnectionSettings settings = ConnectionSettings.defaults();
            HttpClient http = HttpClientFactory.create(settings);
            SandboxControl control = new SandboxControl(server);
            OctoberClient client = new OctoberClient(control.demoCredentials(), http, RetryPolicy.none(), settings);
            S3Uploader uploader = new S3Uploader(http, RetryPolicy.none(), settings);
            AnalysisRequest request = client.createRequest(
                    new NewRequest(CompanyCode.siren(SIREN), COMPANY, null, null));
            upload(client, uploader, request, scratch, "bank_statement", "releve-juin.pdf",
                    MediumFinalisation.online("quarter", "2024-06-30"));
            upload(client, uploader, request, scratch, "certified_financial_statement", "bilan-2023.pdf",
                    MediumFinalisation.online("year", null));
            control.advance(300);
            return new SandboxReports(server, client, client.getRequest(request.id()),
                    client.listReports(request.id(), null));
        } catch (Exception | Error failure) {
            server.close();
            throw failure;
        }
    }

    public Report first(String source) {
        return reports.stream().filter(r -> source.equals(r.source())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + source + " report among " + reports));
    }

    /** Sends one file to the request as the application does: a medium, its upload, its finalisation. */
    public static void upload(OctoberClient client, S3Uploader uploader, AnalysisRequest request, Path scratch,
            String category, String fileName, MediumFinalisation finalisation) throws IOException {
        Path file = scratch.resolve(fileName);
        Files.writeString(file, "%PDF-1.4\n% sample statement\n%%EOF\n");
        MediumDraft draft = client.createMedium(new NewMedium(category, request.id(),
                new MediumMeta(fileName, null, null), "application/pdf", Files.size(file)));
        uploader.upload(draft.upload(), file, "application/pdf", UploadProgressListener.none(),
                new UploadCancellation());
        client.finaliseMedium(draft.medium().id(), finalisation);
    }

    @Override
    public void close() {
        server.close();
    }
}
