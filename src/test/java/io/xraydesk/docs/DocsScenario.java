package io.xraydesk.docs;

import io.xraydesk.api.ConnectionSettings;
import io.xraydesk.api.HttpClientFactory;
import io.xraydesk.api.OctoberClient;
import io.xraydesk.api.RetryPolicy;
import io.xraydesk.api.model.AnalysisRequest;
import io.xraydesk.api.model.Report;
import io.xraydesk.core.requests.SandboxSessions;
import io.xraydesk.core.session.EmbeddedSandbox;
import io.xraydesk.core.session.Session;
import io.xraydesk.core.session.SessionOpener;
import io.xraydesk.core.upload.UploadQueue;
import io.xraydesk.core.watch.ExecutorWatchScheduler;
import io.xraydesk.core.watch.RequestWatcher;
import io.xraydesk.core.watch.WatchPolicy;
import io.xraydesk.sandbox.SandboxConfig;
import io.xraydesk.sandbox.SandboxServer;
import io.xraydesk.ui.TestContexts;
import io.xraydesk.ui.concurrent.BackgroundTasks;
import io.xraydesk.ui.concurrent.FxUiExecutor;
import io.xraydesk.ui.context.AppServices;
import io.xraydesk.ui.context.SessionWork;
import io.xraydesk.ui.login.TestServices;
import io.xraydesk.ui.shell.Routes;
import io.xraydesk.ui.shell.ScreenContext;
import io.xraydesk.ui.shell.Shell;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The world the guide's screenshots are taken in: an in-process sandbox over real HTTP, a fresh data
 * folder, the application's services and the demo user's signed-in session (company lookup on).
 */
final class DocsScenario implements AutoCloseable {

    /** A SIREN the sandbox's company lookup knows (it names every valid SIREN). */
    static final String SIREN = "552100554";
    /**
     * Past every X-Ray's delay in sandbox time (the slowest, Financial, reports after three minutes).
     * Time is moved on explicitly rather than sped up, so each picture shows a known moment: no report
     * yet while documents are described, all of them once time has moved.
     */
    private static final int SECONDS_UNTIL_ALL_REPORTS = 240;

    final SandboxServer sandbox;
    /** The sandbox behind the sign-in screen's Sandbox environment (started only if used). */
    final SessionOpener opener = new SessionOpener(new EmbeddedSandbox());
    final BackgroundTasks tasks;
    final AppServices services;
    final Session session;
    /** The uploads of the signed-in session, journalled in the data folder like the application's. */
    final UploadQueue uploads;
    /** Polls the requests of this installation for the dashboard and the request page. */
    final RequestWatcher watcher;
    private final ExecutorWatchScheduler watchScheduler = new ExecutorWatchScheduler();
    private final Path documents;

    DocsScenario(Path home) throws IOException {
        sandbox = SandboxServer.start(SandboxConfig.defaults());
        tasks = new BackgroundTasks(new FxUiExecutor());
        // An in-memory keychain and no system-wide presets: the guide's run neither writes the demo
        // token into the machine's keychain nor shows what the machine's IT settings preset.
        services = TestServices.open(home);
        session = SandboxSessions.open(sandbox, sandbox.apiBaseUri(), Optional.of(sandbox.lookupBaseUri()));
        uploads = new UploadQueue(services.database().uploadJournal(), session.client(), session.uploader(),
                UploadQueue.DEFAULT_CONCURRENCY);
        // Without retries, as the watcher requires: it is its own retry loop.
        ConnectionSettings loopback = SandboxSessions.loopback();
        OctoberClient watchClient = new OctoberClient(session.credentials(), HttpClientFactory.create(loopback),
                RetryPolicy.none(), loopback);
        watcher = new RequestWatcher(watchClient, services.database(), WatchPolicy.defaults(), Clock.systemUTC(), watchScheduler,
                new Random());
        documents = Files.createDirectories(home.resolve("documents"));
    }

    /** The signed-in user's id, as the window's header shows it. */
    String userId() {
        return session.credentials().userId();
    }

    /** The screens' context with the demo user signed in, over this scenario's uploads and watcher. */
    ScreenContext signedIn(Shell shell, Routes routes) {
        SessionWork work = new SessionWork(session, services.database(), uploads, watcher);
        return TestContexts.signedIn(shell, services, routes, session, work);
    }

    /**
     * The analyst's two documents, as true PDFs named the way accountants and banks name them, so the
     * documents panel recognises category, period and date: last year's accounts and the second
     * half-year of bank statements (six months, the minimum the Bank X-Ray advises).
     */
    List<File> documents() throws IOException {
        Path accounts = SamplePdfs.write(documents.resolve("bilan 2023.pdf"), "Bilan au 31 décembre 2023",
                List.of("Total de l'actif : 1 284 300 €", "Capitaux propres : 412 900 €",
                        "Chiffre d'affaires : 2 915 000 €", "Résultat net : 96 400 €"));
        Path statements = SamplePdfs.write(documents.resolve("relevés S2 2023.pdf"),
                "Relevés de compte — juillet à décembre 2023",
                List.of("Solde au 01/07/2023 : 184 220,15 €", "04/07 URSSAF  -12 480,00", "11/07 Client Durand  "
                        + "+38 900,00", "25/07 Salaires  -41 310,62", "Solde au 31/12/2023 : 169 329,53 €"));
        return List.of(accounts.toFile(), statements.toFile());
    }

    /** Moves sandbox time past every X-Ray's delay, so the request's five reports exist. */
    void produceReports() throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.apiBaseUri() + "/_sandbox/advance"))
                .header("Content-Type", "application/json")
                .header(SandboxServer.CONTROL_HEADER, "1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"seconds\":" + SECONDS_UNTIL_ALL_REPORTS + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the sandbox refused to advance time: " + answer.body());
        }
    }

    AnalysisRequest request(String requestId) {
        return session.client().getRequest(requestId);
    }

    List<Report> reports(String requestId) {
        return session.client().listReports(requestId, null);
    }

    @Override
    public void close() {
        opener.sandbox().close();
        watcher.stop();
        watchScheduler.close();
        uploads.close();
        tasks.close();
        services.close();
        sandbox.close();
    }
}
